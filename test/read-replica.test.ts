import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { EmbeddedCluster } from '../src/db/embedded/embedded-cluster';
import { startStandby, type Standby } from './helpers/embedded-standby';
import { startTestHub, type TestHub } from './helpers/test-hub';

/**
 * A hub with DATABASE_READ_URL on a real streaming replica: the public reads go to the replica while it keeps up,
 * within READ_MAX_LAG_MS; department reads stay on the primary and see their writes at once; a replica that stops
 * replaying or stops answering is left for the primary, and taken up again once it caught up.
 */
jest.setTimeout(120_000);

let dir: string;
let primary: EmbeddedCluster;
let standby: Standby;
let t: TestHub;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-replica-'));
  fs.chmodSync(dir, 0o755);
  primary = await EmbeddedCluster.start({ dataDir: path.join(dir, 'primary'), port: 0, database: 'soilhub', logger: pino({ level: 'silent' }) });
  standby = await startStandby(primary, dir);
  t = await startTestHub(
    { DATABASE_READ_URL: standby.urlFor('soilhub'), READ_MAX_LAG_MS: '1500' },
    { database: { name: 'soilhub', url: primary.urlFor('soilhub'), drop: async () => undefined } },
  );
});
afterAll(async () => {
  await t?.stop();
  await standby?.stop();
  await primary?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const reads = () => t.hub.database.reads!;
const onReplica = () => reads().reader === reads().replica;
/** Polls every 100 ms, up to 15 s, until `done` holds. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached within 15 s');
}
const registered = '{ contaminatedSites(first: 1) { totalCount } }';
const publicCount = async () => {
  const res = await fetch(`${t.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: registered }),
  });
  return ((await res.json()) as { data: { contaminatedSites: { totalCount: number } } }).data.contaminatedSites.totalCount;
};
const departmentCount = async () => (await t.gql(registered)).body.data!.contaminatedSites.totalCount as number;
let listed = 0;
async function listSite(): Promise<void> {
  listed++;
  const client = new Client({ connectionString: primary.urlFor('soilhub') });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO contaminated_site (code, name, county_id, status, listed_on, source)
       VALUES ($1, '读副本测试地块（合成）', (SELECT id FROM county ORDER BY id LIMIT 1), 'registered', '2020-01-01', 'synthetic')`,
      [`RR-${listed}`],
    );
  } finally {
    await client.end();
  }
}
const metric = async (name: string) => {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return text.split('\n').find((l) => l.startsWith(`${name} `));
};

describe('public reads on a read replica', () => {
  it('go to the replica once it replayed the primary, and see a write after it arrived there', async () => {
    await until(onReplica);
    const before = await publicCount();
    const seen = await departmentCount();
    await listSite();
    expect(await departmentCount()).toBe(seen + 1);
    await until(async () => (await publicCount()) === before + 1);
    expect(onReplica()).toBe(true);
    expect(await metric('soilhub_read_replica_in_use')).toBe('soilhub_read_replica_in_use 1');
  });

  it('are stale only within the bound: a replica that stops replaying is left for the primary', async () => {
    await until(onReplica);
    const before = await publicCount();
    const seen = await departmentCount();
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      await listSite();
      // The department reads the primary: its write is there at once.
      expect(await departmentCount()).toBe(seen + 1);
      // The public read the replica, which has not replayed the write yet.
      expect(await publicCount()).toBe(before);
      // Once the replica is more than READ_MAX_LAG_MS behind, the public read the primary.
      await until(() => !onReplica());
      expect(await publicCount()).toBe(before + 1);
      expect(await metric('soilhub_read_replica_in_use')).toBe('soilhub_read_replica_in_use 0');
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await until(onReplica);
    expect(await publicCount()).toBe(before + 1);
  });

  it('fall back to the primary when the replica stops answering', async () => {
    await until(onReplica);
    const before = await publicCount();
    await standby.stop();
    await until(() => !onReplica());
    await listSite();
    expect(await publicCount()).toBe(before + 1);
    expect(await metric('soilhub_read_replica_lag_seconds')).toMatch(/^soilhub_read_replica_lag_seconds nan$/i);
  });
});
