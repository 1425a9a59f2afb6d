import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config/config';
import { EmbeddedCluster } from '../src/db/embedded/embedded-cluster';
import { isAlive, readPid } from '../src/db/embedded/process-alive';
import { startHub, type Hub } from '../src/hub';
import { createApiKey } from '../src/sharing/identity/api-keys';
import { TEST_NOW } from './helpers/test-clock';

/**
 * The database killed under a running hub (an external DATABASE_URL, as in production): meanwhile every request
 * gets 503 SERVICE_UNAVAILABLE and /readyz says so; once the server is back the hub serves again without a
 * restart, and what it acknowledged before is still there.
 */
const logger = pino({ level: 'silent' });
let dir: string;
let cluster: EmbeddedCluster;
let hub: Hub;
let key: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-outage-'));
  fs.chmodSync(dir, 0o755);
  cluster = await EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'outage', logger });
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    NODE_ENV: 'test',
    DATABASE_URL: cluster.url,
    DEMO_DATA: 'true',
    SOILHUB_DATA_DIR: path.join(dir, 'hub'),
  });
  hub = await startHub(config, logger, { clock: () => TEST_NOW });
  key = (await createApiKey(hub.database.dataSource, 'environment', 'outage', 30, { at: TEST_NOW, writer: hub.audit })).key;
});
afterAll(async () => {
  await hub?.stop();
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as { data?: any; errors?: { extensions: Record<string, unknown> }[] },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a database that goes away and comes back', () => {
  it('is answered 503 meanwhile, and served again when it is back, with nothing acknowledged lost', async () => {
    const [{ point }] = await hub.database.dataSource.query(`SELECT code AS point FROM monitoring_point ORDER BY id LIMIT 1`);
    const submitted = await gql('mutation($s: [SoilSampleInput!]!) { submitSoilSamples(idempotencyKey: "outage-0001-before", samples: $s) { applied } }', {
      s: [{ code: 'OUT-1', point, sampledOn: '2026-05-01', depthTopCm: 0, depthBottomCm: 20, measurements: [{ analyte: 'Cd', value: 0.2, unit: 'mg/kg' }] }],
    });
    expect(submitted.body.data?.submitSoilSamples.applied).toBe(1);

    const pid = readPid(path.join(cluster.pgData, 'postmaster.pid'))!;
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);

    const down = await gql('{ soilSample(code: "OUT-1") { code } }');
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.retryAfter).toBe('5');
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);

    // The operator (or its supervisor) starts the server again, on the same port; the hub itself is not restarted.
    let restarted: EmbeddedCluster | undefined;
    for (let i = 0; i < 20 && !restarted; i++) {
      restarted = await EmbeddedCluster.start({ dataDir: dir, port: cluster.port, database: 'outage', logger }).catch(async () => {
        await sleep(500);
        return undefined;
      });
    }
    expect(restarted).toBeDefined();
    cluster = restarted!;
    let back = await gql('{ soilSample(code: "OUT-1") { code } }');
    for (let i = 0; i < 30 && back.status !== 200; i++) {
      await sleep(200);
      back = await gql('{ soilSample(code: "OUT-1") { code } }');
    }
    expect(back.body).toEqual({ data: { soilSample: { code: 'OUT-1' } } });
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
  });
});
