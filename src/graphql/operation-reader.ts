import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { HubContext } from './context';
import { fitToSchema } from './fit-to-schema';

/** Runs a query in this process through a server's whole pipeline (its plugins: rights, cost, cache, audit). */
export type OperationReader = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;

/** The API refused the query: its first error, with the code it answers the API with. */
export class OperationError extends Error {
  constructor(readonly error: GraphQLFormattedError) {
    super(error.message);
    this.name = 'OperationError';
  }

  get code(): string {
    return String(this.error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
}

/**
 * The doors that are not GraphQL (the disclosure pages, the catalog's exports) read through a GraphQL server and
 * nothing else: the same schema, the same rights and tiers as the API. A new context per query, as for a request of
 * its own. The query is first cut to the schema as it is now (see fitToSchema).
 */
export function operationReader(
  apollo: ApolloServer<HubContext>,
  schema: () => GraphQLSchema,
  contextOf: () => HubContext,
  /** Errors that leave their values empty instead of failing the read (a county-limited grant's out-of-scope rows). */
  tolerated: (error: GraphQLFormattedError) => boolean = () => false,
): OperationReader {
  return async (query, variables) => {
    const fitted = fitToSchema(query, schema());
    if (!fitted) throw new OperationError({ message: '这部分信息目前不公开', extensions: { code: 'NOT_FOUND' } });
    const response = await apollo.executeOperation({ query: fitted, variables }, { contextValue: contextOf() });
    if (response.body.kind !== 'single') throw new Error('the public pages use no incremental delivery');
    const { data, errors } = response.body.singleResult;
    const failed = errors?.find((e) => !tolerated(e));
    if (failed) throw new OperationError(failed);
    return data as Record<string, any>;
  };
}
