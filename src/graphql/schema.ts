import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CountyResolver } from '../reference/county.resolver';
import { DepartmentResolver } from '../reference/department.resolver';

/** The department-facing schema; every domain's resolvers are listed here. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [CountyResolver, DepartmentResolver],
    emitSchemaFile: false,
  });
}
