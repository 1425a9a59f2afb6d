import { openTestDataSource } from '../../../test/helpers/test-database';
import { preparedQuery } from '../prepared-query';
import { countStatements, statementCount } from '../statement-counter';
import type { DataSource } from 'typeorm';

let ds: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  // One connection: the server's prepared statements are per connection, so they are all visible on it.
  ({ ds, close } = await openTestDataSource());
});

afterAll(() => close());

test('the first 1,000 texts are prepared once per connection, the 1,001st runs unnamed, and every answer is right', async () => {
  for (let i = 0; i < 1_001; i++) {
    const [row] = await preparedQuery<{ n: number }>(ds, `SELECT $1::int + ${i} AS n`, [1]);
    expect(row.n).toBe(i + 1);
  }
  // A named text runs again without a second PREPARE.
  expect(await preparedQuery<{ n: number }>(ds, 'SELECT $1::int + 0 AS n', [41])).toEqual([{ n: 41 }]);
  const [held] = await preparedQuery<{ named: number; first: boolean; last: boolean }>(
    ds,
    `SELECT count(*)::int AS named, bool_or(statement = 'SELECT $1::int + 0 AS n') AS first, bool_or(statement LIKE '%+ 1000 AS n') AS last
       FROM pg_prepared_statements WHERE name LIKE 'sh\\_%'`,
    [],
  );
  expect(held).toEqual({ named: 1_000, first: true, last: false });
});

test('statements sent past TypeORM count against the request, and errors keep their SQLSTATE', async () => {
  const count = await countStatements(async () => {
    await preparedQuery(ds, 'SELECT 1 AS one', []);
    await preparedQuery(ds, 'SELECT 2 AS two', []);
    return statementCount();
  });
  expect(count).toBe(2);
  await expect(preparedQuery(ds, 'SELECT $1::int AS n', ['not a number'])).rejects.toMatchObject({ code: '22P02' });
});
