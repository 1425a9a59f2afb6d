import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/** Column types pg already returns as the entity holds them: copied, not converted. */
const AS_IS = new Set(['int', 'int2', 'int4', 'integer', 'smallint', 'text', 'varchar', 'character varying', 'boolean', 'bool', 'jsonb', 'json']);

type Mapper = (raw: Record<string, unknown>) => ObjectLiteral;
const mappers = new WeakMap<EntityMetadata, Mapper>();

/** One entity's raw-row mapper, made once: which columns copy and which go through the driver (dates, transformers). */
function mapperOf(ds: DataSource, metadata: EntityMetadata): Mapper {
  const plain: [string, string][] = [];
  const converted: [string, string, ColumnMetadata][] = [];
  for (const column of metadata.columns) {
    if (!column.transformer && typeof column.type === 'string' && AS_IS.has(column.type) && !column.isArray)
      plain.push([column.databaseName, column.propertyName]);
    else converted.push([column.databaseName, column.propertyName, column]);
  }
  return (raw) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const [db, property] of plain) if (db in raw) entity[property] = raw[db];
    for (const [db, property, column] of converted) if (db in raw) entity[property] = ds.driver.prepareHydratedValue(raw[db], column);
    return entity;
  };
}

/** Turns a raw row (database column names) into an entity, applying the columns' transformers. */
export function hydrate<E extends ObjectLiteral>(ds: DataSource, target: EntityTarget<E>, raw: Record<string, unknown>): E {
  const metadata = ds.getMetadata(target);
  let mapper = mappers.get(metadata);
  if (!mapper) mappers.set(metadata, (mapper = mapperOf(ds, metadata)));
  return mapper(raw) as E;
}
