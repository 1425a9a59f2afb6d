import type { GatewayInterface, GatewayLoadResult, GatewaySchemaLoadOrUpdateCallback, GatewayUnsubscriber } from '@apollo/server-gateway-interface';
import { printSchema, type GraphQLSchema } from 'graphql';

/**
 * Apollo's gateway interface used for what it allows: replacing the schema while serving. The public schema
 * is rebuilt from the catalog on every change and handed to Apollo, with no restart.
 */
export class PublicSchemaGateway implements GatewayInterface {
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  private current: GraphQLSchema;

  constructor(private readonly build: () => GraphQLSchema) {
    this.current = build();
  }

  get schema(): GraphQLSchema {
    return this.current;
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): GatewayUnsubscriber {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(): Promise<GatewayLoadResult> {
    this.announce();
    return { executor: null };
  }

  /** Rebuilds from the current catalog and gives Apollo the new schema. */
  refresh(): void {
    this.current = this.build();
    this.announce();
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }

  private announce(): void {
    const sdl = printSchema(this.current);
    for (const listener of this.listeners) listener({ apiSchema: this.current, coreSupergraphSdl: sdl });
  }
}
