import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { HubContext } from '../../graphql/context';
import type { ResourceDeclaration } from '../catalog/catalog-declaration';
import { denialError } from './denial-error';
import { DenialReason } from './denial-reason.enum';

/**
 * Puts a guard on every field of every catalogued type. The guard reads the request's decision for its
 * type and field (made once, before execution) and costs one map lookup per value: no per-row rule.
 * Only grants limited to some counties look at the row, and only for the items they cover.
 */
/** The guarded fields by number: the audit names what the counters counted. */
export const GUARDED: { type: string; field: string }[] = [];
/** The same numbers by `Type.field`, for readers outside GraphQL (the change feed). */
export const GUARDED_INDEX = new Map<string, number>();

export function guardFields(schema: GraphQLSchema, resources: ResourceDeclaration[]): void {
  let next = 0;
  for (const resource of resources) {
    const type = schema.getType(resource.typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, HubContext> = field.resolve ?? defaultFieldResolver;
      const typeName = type.name;
      const fieldName = field.name;
      const countyField = resource.countyField;
      const index = next++;
      GUARDED[index] = { type: typeName, field: fieldName };
      GUARDED_INDEX.set(`${typeName}.${fieldName}`, index);
      field.resolve = (source, args, ctx, info) => {
        const d = ctx.access.decideAt(index, typeName, fieldName);
        if (d.allowed) {
          if (d.countyScope && !(countyField && d.countyScope.has((source as Record<string, number>)[countyField]))) {
            ctx.access.tally.denied(index, DenialReason.OUT_OF_SCOPE);
            throw denialError(DenialReason.OUT_OF_SCOPE, d.resource, fieldName);
          }
          ctx.access.tally.releasedCounts[index]++;
          if (d.grantId !== undefined) ctx.access.tally.grants.add(d.grantId);
          return resolve(source, args, ctx, info);
        }
        ctx.access.tally.denied(index, d.reason);
        throw denialError(d.reason, d.resource, d.item ?? fieldName);
      };
    }
  }
}
