import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { RESOLVERS } from './modules';

/** Whether type-graphql validates arguments (class-validator): the inputs check themselves, in their resolvers. */
export const VALIDATES_ARGS = false;

/** The department-facing schema: one graph over every domain's resolvers. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS as unknown as NonEmptyArray<() => void>, emitSchemaFile: false, validate: VALIDATES_ARGS });
}
