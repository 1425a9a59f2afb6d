import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { openTestDataSource } from '../../../../test/helpers/test-database';
import { hydrate } from '../hydrate';

let ds: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ ds, close } = await openTestDataSource());
});

afterAll(() => close());

/** A value as pg hands it over for the column's type. */
function rawValue(column: ColumnMetadata): unknown {
  if (column.isArray) return column.type === 'integer' || column.type === 'int' ? [1, 2] : ['a', 'b'];
  if (column.enum?.length) return column.enum[0];
  switch (column.type) {
    case 'numeric':
    case 'decimal':
    case 'bigint':
    case 'int8':
      return '12.50';
    case 'boolean':
    case 'bool':
      return true;
    case 'date':
      return '2020-01-02';
    case 'timestamptz':
    case 'timestamp':
      return new Date('2020-01-02T03:04:05Z');
    case 'jsonb':
    case 'json':
      return { a: 1 };
    case 'text':
    case 'varchar':
    case 'character varying':
      return 'text';
    default:
      return 7;
  }
}

test('every entity hydrates as TypeORM would: the same class, and each column as the driver would read it', () => {
  let checked = 0;
  for (const metadata of ds.entityMetadatas) {
    for (const nulls of [false, true]) {
      const raw = Object.fromEntries(metadata.columns.map((c) => [c.databaseName, nulls ? null : rawValue(c)]));
      const expected = metadata.create() as Record<string, unknown>;
      for (const c of metadata.columns) expected[c.propertyName] = ds.driver.prepareHydratedValue(raw[c.databaseName], c);
      const entity = hydrate(ds, metadata.target, raw);
      expect(entity).toBeInstanceOf(metadata.target as new () => unknown);
      expect({ entity: metadata.name, ...entity }).toEqual({ entity: metadata.name, ...expected });
      checked += metadata.columns.length;
    }
  }
  expect(checked).toBeGreaterThan(500);
});

test('columns the row does not hold stay unset', () => {
  const metadata = ds.entityMetadatas.find((m) => m.columns.length > 3)!;
  const [first] = metadata.columns;
  const entity = hydrate(ds, metadata.target, { [first.databaseName]: rawValue(first) });
  expect(Object.keys(entity)).toEqual([first.propertyName]);
});
