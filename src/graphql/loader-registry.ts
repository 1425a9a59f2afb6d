/**
 * Request-scoped DataLoaders, created on first use. Domains declare their loaders in `<domain>.loaders.ts`
 * as functions of the context, so the registry knows nothing about them.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, unknown>();
  private readonly perField = new WeakMap<object, unknown>();

  /**
   * The request's one instance for `key`: a loader, or the promise of a computed field's answer for its
   * arguments, so the same computation asked under several aliases runs once.
   */
  get<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * What a resolver works out once per field of the operation (`info.fieldNodes`), not once per parent: within a
   * request a field's arguments and selection are the same for every row it is resolved on.
   */
  perFieldOf<T>(fieldNodes: object, create: () => T): T {
    let value = this.perField.get(fieldNodes) as T | undefined;
    if (value === undefined) {
      value = create();
      this.perField.set(fieldNodes, value);
    }
    return value;
  }
}
