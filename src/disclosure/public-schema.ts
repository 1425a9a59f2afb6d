import { filterSchema, mapSchema, MapperKind, pruneSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, GraphQLString, isLeafType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import type { CatalogSnapshot } from '../sharing/catalog/catalog-snapshot';
import { DisclosureTier } from '../sharing/disclosure-tier.enum';
import type { Policy } from '../sharing/policy/policy';
import { generalise, mask } from './tiers';

const PAGING = new Set(['first', 'after']);

/**
 * The public contract, cut from the department schema by the catalog's openness: a field that is not open
 * does not exist here (nor in introspection); masked and generalised fields are transformed on the way out;
 * aggregate-only items appear only through summaries. Rebuilt whenever the catalog changes.
 */
export function buildPublicSchema(base: GraphQLSchema, catalog: CatalogSnapshot, policy: Policy): GraphQLSchema {
  const { argumentItems, publicQueries } = policy;
  const tierOf = (type: string, field: string): DisclosureTier | null | 'structural' => {
    const resource = catalog.byType.get(type);
    if (!resource) return 'structural';
    const item = resource.items.get(field);
    return item?.openToPublic ? (item.disclosureTier ?? DisclosureTier.FULL) : null;
  };
  const visible = (type: string, field: string) => {
    const tier = tierOf(type, field);
    return tier !== null && tier !== DisclosureTier.AGGREGATE_ONLY;
  };
  const filtered = filterSchema({
    schema: base,
    rootFieldFilter: (operation, name) => operation === 'Query' && publicQueries.has(name),
    fieldFilter: (type, field) => visible(type, field),
    objectFieldFilter: (type, field) => visible(type, field),
    argumentFilter: (type, field, arg) => {
      if (!type || !field || !arg || PAGING.has(arg)) return true;
      return (argumentItems[`${type}.${field}`]?.[arg] ?? []).every((item) => {
        const [t, f] = item.split('.');
        return visible(t, f);
      });
    },
  });
  const tiered = mapSchema(filtered, {
    [MapperKind.OBJECT_FIELD]: (config: GraphQLFieldConfig<unknown, unknown>, field, type) => {
      const tier = tierOf(type, field);
      if (tier !== DisclosureTier.MASKED && tier !== DisclosureTier.GENERALISED) return config;
      const transform = tier === DisclosureTier.MASKED ? mask : generalise;
      const resolve = config.resolve ?? defaultFieldResolver;
      const named = getNamedType(config.type);
      // A date generalised to its month is no longer a date: it becomes text (YYYY-MM).
      const retype = tier === DisclosureTier.GENERALISED && isLeafType(named) && named.name === 'LocalDate';
      return {
        ...config,
        type: retype ? GraphQLString : config.type,
        description: `${config.description ?? ''}（公开时${tier === DisclosureTier.MASKED ? '脱敏' : '泛化：坐标取 0.01°，日期取到月'}）`,
        resolve: (source, args, ctx, info) => {
          const value = resolve(source, args, ctx, info);
          return value instanceof Promise ? value.then(transform) : transform(value);
        },
      };
    },
  });
  return pruneSchema(tiered);
}
