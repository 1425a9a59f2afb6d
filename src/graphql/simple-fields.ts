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

type Pick = (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;
const PICKS: Record<string, Pick> = { root: (root) => root, context: (_r, _a, context) => context, info: (_r, _a, _c, info) => info };
type ParamMeta = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];

/**
 * An `@Args()` class as type-graphql makes it when nothing is validated: a new instance, the given arguments
 * assigned over its defaults, the undefined properties it declares without a default dropped. Only for classes
 * whose fields are all scalars or enums: an input type's value would need type-graphql's conversion tree.
 */
function argsPick(param: ParamMeta): Pick | undefined {
  if (param.kind !== 'args' || param.validateSettings !== undefined || param.validateFn !== undefined) return undefined;
  const storage = getMetadataStorage();
  const Args = param.getType() as new () => Record<string, unknown>;
  const names: string[] = [];
  for (let c = Args; c?.prototype !== undefined; c = Object.getPrototypeOf(c)) {
    const declared = storage.argumentTypes.find((t) => t.target === c);
    for (const field of declared?.fields ?? []) {
      if (storage.inputTypes.some((t) => t.target === field.getType())) return undefined;
      names.push(field.name);
    }
  }
  return (_root, args) => {
    const given: Record<string, unknown> = {};
    for (const name of names) if (args[name] !== undefined) given[name] = args[name];
    const instance = new Args();
    for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in given)) delete instance[key];
    return Object.assign(instance, given);
  };
}

/**
 * type-graphql calls a field resolver through its handler on every value: a container lookup, the middleware chain,
 * the parameters sorted and mapped, the root converted, the arguments converted and (asynchronously) validated. A
 * field resolver with no middleware or roles, whose parameters are its root, context, info and an `@Args()` class of
 * scalars (the relations: county, analyte, samples, measurements …), is called directly with them in the declared
 * order, when the schema validates no arguments (`argsValidated`: buildSchema's `validate`). A root that is not an
 * instance of the declared type still goes type-graphql's way, which converts it.
 */
export function directFieldResolvers(schema: GraphQLSchema, options: { argsValidated: boolean }): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, (...params: unknown[]) => unknown>>();
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || meta.middlewares?.length || meta.roles?.length) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const picks = params.map((p) => ('propertyName' in p && p.propertyName ? undefined : (PICKS[p.kind] ?? (options.argsValidated ? undefined : argsPick(p)))));
    if (!picks.every((pick): pick is Pick => pick !== undefined)) continue;
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
    field.resolve = (root, args, context, info) => {
      if (typeof Root === 'function' && !(root instanceof Root)) return original(root, args, context, info);
      return method(...picks.map((pick) => pick(root, args, context, info)));
    };
  }
}
