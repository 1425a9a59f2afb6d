import { isObjectType, type GraphQLSchema } from 'graphql';
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
