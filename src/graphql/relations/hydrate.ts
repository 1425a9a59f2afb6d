import type { DataSource, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/** Column types pg returns as the entity holds them, and the driver leaves alone (besides a transformer). */
const AS_IS = new Set<unknown>([
  'int',
  'int2',
  'int4',
  'integer',
  'smallint',
  'text',
  'varchar',
  'character varying',
  'boolean',
  'bool',
  'jsonb',
  'json',
  Number,
]);
/** Types the driver passes through before the transformer: the transformer alone converts them. */
const TRANSFORMED_AS_IS = new Set<unknown>([...AS_IS, 'numeric', 'decimal', 'bigint', 'int8']);

/** How the driver would hydrate a column, decided once: copied, transformed only, or through the driver. */
function howToRead(column: ColumnMetadata): 'copy' | 'transform' | 'driver' {
  if (column.isArray) return 'driver';
  // A string enum's value arrives as its string; the driver would only look for a numeric member.
  const stringEnum = column.type === 'enum' && (column.enum ?? []).every((v) => typeof v === 'string');
  if (!column.transformer) return AS_IS.has(column.type) || stringEnum ? 'copy' : 'driver';
  return !Array.isArray(column.transformer) && (TRANSFORMED_AS_IS.has(column.type) || stringEnum) ? 'transform' : 'driver';
}

type Mapper = (raw: Record<string, unknown>) => ObjectLiteral;
const mappers = new WeakMap<EntityMetadata, Mapper>();

/**
 * One entity's raw-row mapper, compiled once into a function with the column names spelled out: V8 then stores each
 * property through a monomorphic inline cache, where a loop over the columns costs a megamorphic keyed store per
 * value (the reference page hydrates ~1,000 rows). Columns pg returns as the entity holds them are copied; the rest
 * go through the driver (dates, transformers). The names are the entity's own metadata, quoted as JSON.
 */
function mapperOf(ds: DataSource, metadata: EntityMetadata): Mapper {
  const columns: ColumnMetadata[] = [];
  const lines: string[] = [];
  for (const column of metadata.columns) {
    const db = JSON.stringify(column.databaseName);
    const property = JSON.stringify(column.propertyName);
    const how = howToRead(column);
    const at = columns.push(column) - 1;
    const value = how === 'copy' ? `raw[${db}]` : how === 'transform' ? `transformers[${at}].from(raw[${db}])` : `convert(raw[${db}], columns[${at}])`;
    lines.push(`if (${db} in raw) entity[${property}] = ${value};`);
  }
  // Lazy relations and a typename need TypeORM's own create(); the hub's entities have neither.
  const Target = metadata.target;
  const create =
    typeof Target === 'function' && !metadata.lazyRelations.length && !ds.options.typename
      ? () => new (Target as new () => ObjectLiteral)()
      : () => metadata.create();
  const convert = (value: unknown, column: ColumnMetadata) => ds.driver.prepareHydratedValue(value, column);
  const transformers = columns.map((c) => c.transformer as ValueTransformer | undefined);
  const compile = new Function(
    'create',
    'convert',
    'columns',
    'transformers',
    `return function map(raw) {\n const entity = create();\n ${lines.join('\n ')}\n return entity;\n};`,
  );
  return compile(create, convert, columns, transformers) as Mapper;
}

/** Turns a raw row (database column names) into an entity, applying the columns' transformers. */
export function hydrate<E extends ObjectLiteral>(ds: DataSource, target: EntityTarget<E>, raw: Record<string, unknown>): E {
  const metadata = ds.getMetadata(target);
  let mapper = mappers.get(metadata);
  if (!mapper) mappers.set(metadata, (mapper = mapperOf(ds, metadata)));
  return mapper(raw) as E;
}
