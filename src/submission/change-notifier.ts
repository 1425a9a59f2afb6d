import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { CHANGE_CHANNEL } from './outbox';

/** Where key and department changes are announced (migration 1796180000000): payload a key prefix or '*'. */
export const KEY_CHANNEL = 'soilhub_keys';
/** Where catalog writes are announced (migration 1796320000000): every hub reloads its catalog. */
export const CATALOG_CHANNEL = 'soilhub_catalog';

/**
 * One LISTEN connection per hub: every committed change (from any hub instance sharing the database) wakes the
 * live streams, which then read the outbox after their own cursor ('change'); every key or department change
 * tells the key cache what to forget ('key'); every catalog write reloads the catalog ('catalog'). Reconnects when
 * the connection drops.
 */
export class ChangeNotifier extends EventEmitter {
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {
    super();
    this.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'soilhub-listen' });
    client.on('notification', (n) => {
      if (n.channel === KEY_CHANNEL) this.emit('key', n.payload ?? '*');
      else if (n.channel === CATALOG_CHANNEL) this.emit('catalog');
      else this.emit('change');
    });
    client.on('error', (err) => {
      this.logger.warn({ err }, 'change listener lost its connection; reconnecting');
      client.end().catch(() => undefined);
      this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    await client.query(`LISTEN ${KEY_CHANNEL}`);
    await client.query(`LISTEN ${CATALOG_CHANNEL}`);
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
  }

  /** Tries again every second until the database answers (it may be restarting). */
  private reconnect(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      // A hub stopped while this waited must not open a connection again.
      if (this.stopped) return;
      this.start().then(
        () => {
          // What was announced while the connection was down is unknown: forget every cached key, reload the
          // catalog, read every stream.
          this.emit('key', '*');
          this.emit('catalog');
          this.emit('change');
        },
        (err) => {
          this.logger.warn({ err }, 'change listener could not reconnect yet');
          this.reconnect();
        },
      );
    }, 1_000).unref();
  }

  /** Ends the live streams (so a shutdown does not wait for them) and the LISTEN connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.emit('stop');
    this.removeAllListeners();
    await this.client?.end().catch(() => undefined);
  }
}
