import type {
  GatewayExecutor,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
  GatewayUnsubscriber,
} from '@apollo/server-gateway-interface';
import { printSchema, type GraphQLSchema } from 'graphql';

/** Apollo's gateway interface for one fixed schema, so the operations run on our executor. */
export class StaticGateway implements GatewayInterface {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly executor: GatewayExecutor,
  ) {}

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): GatewayUnsubscriber {
    callback({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
    return () => undefined;
  }

  async load(): Promise<GatewayLoadResult> {
    return { executor: this.executor };
  }

  async stop(): Promise<void> {}
}
