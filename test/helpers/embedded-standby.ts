import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { startArguments, type EmbeddedCluster } from '../../src/db/embedded/embedded-cluster';
import { freePort } from '../../src/db/embedded/free-port';
import { runAsync } from '../../src/db/embedded/run-as';

export interface Standby {
  /** The URL of `database` on the standby, as the primary's superuser. */
  urlFor(database: string): string;
  /** Runs one statement on the standby (as the superuser). */
  query(text: string): Promise<unknown[]>;
  stop(): Promise<void>;
}

/** What a base backup leaves out: the server's own runtime files, WAL (streamed instead), slots, the log. */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'server.log', 'pg_wal', 'pg_replslot', 'pg_stat_tmp']);

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.chownSync(p, uid, gid);
  }
}

/**
 * A streaming replica of an embedded cluster, made the way pg_basebackup does it (which the embedded binaries lack):
 * a replication slot keeps the WAL, the data directory is copied between pg_backup_start and pg_backup_stop, and
 * the copy starts as a hot standby that streams from the primary through the slot.
 */
export async function startStandby(primary: EmbeddedCluster, dir: string): Promise<Standby> {
  const pgData = path.join(dir, 'standby');
  const admin = new Client({ connectionString: primary.urlFor('postgres') });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_create_physical_replication_slot('soilhub_test_standby', true)`);
    await admin.query(`SELECT pg_backup_start('soilhub test standby', true)`);
    fs.cpSync(primary.pgData, pgData, { recursive: true, filter: (src) => src === primary.pgData || !SKIPPED.has(path.relative(primary.pgData, src)) });
    const { rows } = await admin.query<{ labelfile: string }>(`SELECT labelfile FROM pg_backup_stop(false)`);
    fs.writeFileSync(path.join(pgData, 'backup_label'), rows[0].labelfile);
  } finally {
    await admin.end();
  }
  for (const empty of ['pg_wal/archive_status', 'pg_replslot', 'pg_stat_tmp']) fs.mkdirSync(path.join(pgData, empty), { recursive: true });
  fs.writeFileSync(path.join(pgData, 'standby.signal'), '');
  const source = new URL(primary.url);
  const conninfo = `host=127.0.0.1 port=${primary.port} user=${source.username} password=${decodeURIComponent(source.password)}`;
  fs.appendFileSync(path.join(pgData, 'postgresql.auto.conf'), `primary_conninfo = '${conninfo}'\nprimary_slot_name = 'soilhub_test_standby'\n`);
  const { uid, gid } = primary.runAs;
  if (uid !== undefined) chownTree(pgData, uid, gid!);
  fs.chmodSync(pgData, 0o700);
  const port = await freePort();
  const started = await runAsync(primary.runAs, primary.bin.pgCtl, startArguments(pgData, port));
  if (started.code !== 0) throw new Error(`standby failed to start: ${started.output} ${fs.readFileSync(path.join(pgData, 'server.log'), 'utf8')}`);
  const urlFor = (database: string) => {
    const u = new URL(primary.urlFor(database));
    u.port = String(port);
    return u.toString();
  };
  return {
    urlFor,
    async query(text) {
      const client = new Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        return (await client.query(text)).rows;
      } finally {
        await client.end();
      }
    },
    async stop() {
      await runAsync(primary.runAs, primary.bin.pgCtl, ['stop', '-D', pgData, '-m', 'fast', '-w']);
    },
  };
}
