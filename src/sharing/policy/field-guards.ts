import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { HubContext } from '../../graphql/context';
import { denialError } from './denial-error';
import { DenialReason } from './denial-reason.enum';
import type { Policy } from './policy';

/**
 * Puts a guard on every field of every catalogued type. The guard reads the request's decision for its
 * type and field (made once, before execution) and costs one map lookup per value: no per-row rule.
 * Only grants limited to some counties look at the row, and only for the items they cover.
 */
export function guardFields(schema: GraphQLSchema, policy: Policy): void {
  for (const resource of policy.resources) {
    const type = schema.getType(resource.typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, HubContext> = field.resolve ?? defaultFieldResolver;
      const typeName = type.name;
      const fieldName = field.name;
      const countyField = resource.countyField;
      const index = policy.guard(typeName, fieldName);
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
