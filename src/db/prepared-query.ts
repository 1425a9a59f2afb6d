import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import { noteStatement } from './statement-counter';

/**
 * How many statement texts get a name. The hot texts are made by code (lookups, relations, the audit append), a
 * few hundred at most; past the bound a text runs unnamed, so no caller can make the server hold plans without end.
 */
const MAX_NAMED = 1_000;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `sh_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one statement as a named prepared statement on the pool's connection, straight through pg: PostgreSQL parses
 * and plans a text once per connection (a generic plan after five runs) instead of on every request, and TypeORM's
 * query runner is skipped. For the statements every request sends; anything inside a transaction stays on TypeORM.
 * Errors are pg's own (`code` is the SQLSTATE), which `knownError` reads as it reads TypeORM's.
 */
export async function preparedQuery<R extends QueryResultRow>(ds: DataSource, text: string, params: unknown[]): Promise<R[]> {
  noteStatement();
  const pool = (ds.driver as unknown as { master: Pool }).master;
  const result = await pool.query<R>({ name: nameOf(text), text, values: params });
  return result.rows;
}
