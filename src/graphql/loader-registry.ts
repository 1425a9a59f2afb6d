/**
 * Request-scoped DataLoaders, created on first use. Domains declare their loaders in `<domain>.loaders.ts`
 * as functions of the context, so the registry knows nothing about them.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, unknown>();
  /** A Map: the registry lives only as long as its request. */
  private readonly perField = new Map<object, unknown>();

  /**
   * The request's one instance for `key`: a loader, or the promise of a computed field's answer for its
   * arguments, so the same computation asked under several aliases runs once.
   */
  get<T>(key: string, create: () => T): T {
    return made(this.loaders, key, create);
  }

  /**
   * What a resolver works out once per field of the operation (`info.fieldNodes`), not once per parent: within a
   * request a field's arguments and selection are the same for every row it is resolved on.
   */
  perFieldOf<T>(fieldNodes: object, create: () => T): T {
    return made(this.perField, fieldNodes, create);
  }
}

/** The value held under `key`, made by `create` the first time. */
function made<K, T>(map: { get(key: K): unknown; set(key: K, value: unknown): unknown }, key: K, create: () => T): T {
  let value = map.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
