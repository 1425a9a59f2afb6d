import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';

interface Tally {
  statements: number;
}

const current = new AsyncLocalStorage<Tally>();

/** Runs `fn` counting the SQL statements it sends; the count is readable with statementCount() inside it. */
export function countStatements<T>(fn: () => T): T {
  return current.run({ statements: 0 }, fn);
}

/** Statements sent so far by the surrounding countStatements() call, or undefined outside one. */
export function statementCount(): number | undefined {
  return current.getStore()?.statements;
}

/** Counts one statement sent past TypeORM (prepared statements) against the surrounding request. */
export function noteStatement(): void {
  const tally = current.getStore();
  if (tally) tally.statements++;
}

/**
 * TypeORM logger that counts each statement against the request it belongs to, so a response can say
 * how many round trips it cost (X-SQL-Statements) and tests can prove the count does not grow with rows.
 */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    noteStatement();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
