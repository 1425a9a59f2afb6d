import os from 'node:os';
import { Client } from 'pg';
import type { Logger } from 'pino';

/** Advisory-lock class of the chains' leases (two-key form: class, chain id), held by a session for its lifetime. */
export const LEASE_CLASS = 730_521;
/** One hub at a time opens a new chain. */
const OPEN_LOCK = 7_305_214_003;

/** The newest record of a chain, as a new chain's opening record names it. */
export interface ChainHead {
  chain: number;
  id: string;
  hash: string;
}

/** Writes a new chain's opening record on `client`, inside the transaction that opened the chain; its hash. */
export type WriteOpening = (client: Client, chain: number, heads: ChainHead[]) => Promise<string>;

export interface Claimed {
  chain: number;
  /** The opening record's hash when the chain is new; undefined for an existing chain (its head is read under its lock). */
  head?: string;
}

/**
 * Which audit chain this process appends to. A chain is held through a session advisory lock on a connection of
 * its own (outside the pool), so it is freed the moment the process or its connection dies; a restarted hub takes
 * a free chain again, and there are only ever as many chains as hubs ran at once. Losing the lease is harmless:
 * two writers on one chain still append in turn (the append checks the head, and a chain cannot fork).
 */
export class ChainLease {
  private client?: Client;
  private claimed?: number;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** The chain held, if any. */
  get chain(): number | undefined {
    return this.claimed;
  }

  /** Takes a free chain (the oldest), or opens a new one whose opening record anchors the other chains' heads. */
  async claim(at: Date, writeOpening: WriteOpening): Promise<Claimed> {
    const client = new Client({ connectionString: this.url, application_name: 'soilhub-audit-lease', keepAlive: true });
    client.on('error', (err) => {
      this.logger.warn({ err, chain: this.claimed }, 'audit chain lease lost its connection; the next write claims a chain again');
      if (this.client === client) this.forget();
    });
    await client.connect();
    try {
      const claimed = (await this.takeFree(client)) ?? (await this.open(client, at, writeOpening));
      this.client = client;
      this.claimed = claimed.chain;
      return claimed;
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
  }

  /** Frees the chain (its connection ends). */
  async release(): Promise<void> {
    const client = this.client;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private forget(): void {
    this.client = undefined;
    this.claimed = undefined;
  }

  private async takeFree(client: Client): Promise<Claimed | undefined> {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM audit_chain ORDER BY id`);
    // One try per statement: a WHERE pg_try_advisory_lock(...) could lock rows the query then discards.
    for (const { id } of rows) {
      const { rows: took } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock($1, $2) AS ok`, [LEASE_CLASS, id]);
      if (took[0].ok) return { chain: id };
    }
    return undefined;
  }

  private async open(client: Client, at: Date, writeOpening: WriteOpening): Promise<Claimed> {
    await client.query(`BEGIN`);
    try {
      await client.query(`SELECT pg_advisory_xact_lock(${OPEN_LOCK})`);
      const { rows } = await client.query<{ id: number }>(`INSERT INTO audit_chain (opened_at, opened_by) VALUES ($1, $2) RETURNING id`, [
        at,
        `${os.hostname()} pid ${process.pid}`,
      ]);
      const chain = rows[0].id;
      // Session-level: held after the commit, for as long as this connection lives.
      await client.query(`SELECT pg_advisory_lock($1, $2)`, [LEASE_CLASS, chain]);
      const { rows: heads } = await client.query<ChainHead>(
        `SELECT c.id AS chain, h.id::text AS id, h.hash
           FROM audit_chain c CROSS JOIN LATERAL (SELECT r.id, r.hash FROM audit_record r WHERE r.chain = c.id ORDER BY r.id DESC LIMIT 1) h
          WHERE c.id <> $1 ORDER BY c.id`,
        [chain],
      );
      const head = await writeOpening(client, chain, heads);
      await client.query(`COMMIT`);
      this.logger.info({ chain, anchored: heads.length }, 'audit chain opened');
      return { chain, head };
    } catch (err) {
      await client.query(`ROLLBACK`).catch(() => undefined);
      throw err;
    }
  }
}
