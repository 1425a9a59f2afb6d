import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every plain field a resolver of its own (it reads the property behind its middleware chain).
 * Without middlewares that is the default resolver with a call and an allocation more per value: the fields without
 * a resolver of their own lose it, so the compiled executor reads the property inline (type-graphql's
 * `simpleResolvers`, for every type). Getters still run: reading the property calls them.
 */
export function dropBasicResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const resolved = new Set(storage.fieldResolvers.filter((f) => f.getObjectType?.() === objectType.target).map((f) => f.schemaName));
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      if (resolved.has(field.schemaName) || field.middlewares?.length || field.roles?.length || field.name !== field.schemaName) continue;
      if (fields[field.schemaName]) fields[field.schemaName].resolve = undefined;
    }
  }
}

type Pick = (root: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;
const PICKS: Record<string, Pick> = { root: (root) => root, context: (_r, context) => context, info: (_r, _c, info) => info };

/**
 * type-graphql calls a field resolver through its handler on every value: a container lookup, the middleware chain,
 * the parameters sorted and mapped, the root converted. A field resolver with no middleware, roles or arguments (the
 * relations: county, analyte, sample …) is called directly with its root, context and info in the declared order. A
 * root that is not an instance of the declared type still goes type-graphql's way, which converts it.
 */
export function directFieldResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, (...params: unknown[]) => unknown>>();
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || meta.middlewares?.length || meta.roles?.length) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.every((p) => p.kind in PICKS && !('propertyName' in p && p.propertyName))) continue;
    const objectType = storage.objectTypes.find((o) => o.target === meta.getObjectType?.());
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    const original = field?.resolve;
    if (!field || !original) continue;
    let instance = instances.get(meta.target);
    if (!instance) instances.set(meta.target, (instance = new (meta.target as new () => Record<string, (...params: unknown[]) => unknown>)()));
    const method = instance[meta.methodName].bind(instance);
    const rootParam = params.find((p) => p.kind === 'root');
    const Root = rootParam && 'getType' in rootParam ? (rootParam.getType?.() as unknown) : undefined;
    const picks = params.map((p) => PICKS[p.kind]);
    field.resolve = (root, args, context, info) => {
      if (typeof Root === 'function' && !(root instanceof Root)) return original(root, args, context, info);
      return method(...picks.map((pick) => pick(root, context, info)));
    };
  }
}
