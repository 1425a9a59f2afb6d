import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { HubContext } from '../../graphql/context';
import { fitToSchema } from './fit-to-schema';

/** Runs a query of the public schema in this process, through the public server's plugins (rights, cost, cache). */
export type PublicReader = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;

/** The public API refused a page's query: its first error, with the code it answers the API with. */
export class PublicQueryError extends Error {
  constructor(readonly error: GraphQLFormattedError) {
    super(error.message);
    this.name = 'PublicQueryError';
  }

  get code(): string {
    return String(this.error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
}

/**
 * The disclosure pages read what anyone may read from /public/graphql and nothing else: the same server, the same
 * schema cut from the catalog, the same tiers. A new context per query, as for a request of its own.
 */
export function publicReader(apollo: ApolloServer<HubContext>, schema: () => GraphQLSchema, contextOf: () => HubContext): PublicReader {
  return async (query, variables) => {
    const fitted = fitToSchema(query, schema());
    if (!fitted) throw new PublicQueryError({ message: '这部分信息目前不公开', extensions: { code: 'NOT_FOUND' } });
    const response = await apollo.executeOperation({ query: fitted, variables }, { contextValue: contextOf() });
    if (response.body.kind !== 'single') throw new Error('the public pages use no incremental delivery');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new PublicQueryError(errors[0]);
    return data as Record<string, any>;
  };
}
