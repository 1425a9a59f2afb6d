import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { RESOLVERS } from './modules';

/** The department-facing schema: one graph over every domain's resolvers. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS as unknown as NonEmptyArray<() => void>, emitSchemaFile: false });
}
