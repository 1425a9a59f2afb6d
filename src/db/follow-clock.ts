import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { systemClock, type Clock } from '../common/clock';

interface Connection {
  query(text: string, values: unknown[]): Promise<unknown>;
  /** The hub's "now" this connection was last told. */
  soilhubNow?: string;
}

/**
 * Makes the database's `hub_now()` (column defaults, the data-change triggers) answer the hub's clock when it
 * is not the system clock: a connection is told the hub's "now" as it is handed out, when that changed since it
 * was last told, before the caller's first statement and outside any transaction (a rollback cannot undo it).
 * With the system clock nothing is sent and `hub_now()` is `now()`.
 */
export function followClock(dataSource: DataSource, clock: Clock): void {
  if (clock === systemClock) return;
  const driver = dataSource.driver as PostgresDriver;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const [connection, release] = (await obtain()) as [Connection, (err?: unknown) => void];
    const now = clock().toISOString();
    if (connection.soilhubNow !== now) {
      try {
        await connection.query(`SELECT set_config('soilhub.now', $1, false)`, [now]);
      } catch (err) {
        release(err);
        throw err;
      }
      connection.soilhubNow = now;
    }
    return [connection, release];
  };
}
