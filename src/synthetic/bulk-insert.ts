import type { QueryRunner } from 'typeorm';

export interface BulkColumn {
  name: string;
  /** PostgreSQL array element type for unnest, e.g. int, text, numeric, date, boolean, or an enum name. */
  type: string;
  /** Cast of the unnested value into the column, where the element type is not the column's (text → text[]). */
  cast?: string;
}

/**
 * Inserts rows with one `INSERT … SELECT FROM unnest(…)` per batch: one round trip per batch, whatever the
 * number of columns. Rows hold values in column order.
 */
export async function bulkInsert(q: QueryRunner, table: string, columns: BulkColumn[], rows: unknown[][], batch = 20_000): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.cast ? `${aliases[i]}::${c.cast}` : aliases[i])).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${arrays}) AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    await q.query(
      sql,
      columns.map((_, i) => slice.map((r) => r[i])),
    );
  }
}

/** After inserting explicit ids, moves the identity sequence past them. */
export async function syncIdentity(q: QueryRunner, table: string): Promise<void> {
  await q.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT max(id) FROM "${table}"), 1))`);
}

/** The next free id of a table, for assigning ids before inserting. */
export async function nextId(q: QueryRunner, table: string): Promise<number> {
  const [row] = await q.query(`SELECT COALESCE(max(id), 0) + 1 AS next FROM "${table}"`);
  return Number(row.next);
}
