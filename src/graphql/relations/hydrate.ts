import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Turns a raw row (database column names) into an entity, applying the columns' transformers. */
export function hydrate<E extends ObjectLiteral>(ds: DataSource, target: EntityTarget<E>, raw: Record<string, unknown>): E {
  const metadata = ds.getMetadata(target);
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    if (column.databaseName in raw) {
      (entity as Record<string, unknown>)[column.propertyName] = ds.driver.prepareHydratedValue(raw[column.databaseName], column);
    }
  }
  return entity;
}
