import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';

/** The two questions of the side-by-side comparison (../shared/perf), as the hub is asked them. */
const REFERENCE = `query ReferencePage($after: String) { monitoringPoints(first: 100, after: $after) { nodes { code county { name }
  samples(first: 1, orderBy: SAMPLED_ON_DESC) { nodes { sampledOn ph measurements(first: 8) { nodes { analyte { code } value } } } } }
  pageInfo { endCursor } } }`;
const SIMPLE = 'query PointByCode($code: String!) { monitoringPoint(code: $code) { code name longitude latitude county { name } } }';
const PAGES = 20;
const CODES = 500;
const CONNECTIONS = 10;

export interface Throughput {
  query: 'reference' | 'simple';
  hubRps: number;
  rawRps: number;
  hubP99Ms: number;
  rawP99Ms: number;
}

interface Target {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
}

/**
 * The hub as it runs in production (its own process, NODE_ENV=production, rights and audit on, a department's key)
 * against the raw-SQL baseline (bench-raw-server) on the same database: the same pages and points, the answers
 * checked equal first, then interleaved rounds of closed-loop load from 10 connections.
 */
export async function measureThroughput(url: string, key: string, dataDir: string, seconds: number, rounds: number): Promise<Throughput[]> {
  const hubPort = await freePort();
  const rawPort = await freePort();
  const children: ChildProcess[] = [];
  try {
    const env = { ...process.env, DATABASE_URL: url, HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
    children.push(
      spawn(process.execPath, ['--max-old-space-size=1024', '--max-semi-space-size=32', path.join(__dirname, '..', 'main.js')], {
        // One key from 10 connections: the per-key rate is not what is measured.
        env: { ...env, PORT: String(hubPort), SOILHUB_DATA_DIR: dataDir, KEY_RATE_LIMIT: '0', KEY_CONCURRENCY: '0' },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
      spawn(process.execPath, [path.join(__dirname, 'bench-raw-server.js')], {
        env: { ...env, PORT: String(rawPort) },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
    await ready(`http://127.0.0.1:${hubPort}/readyz`);
    const hub = `http://127.0.0.1:${hubPort}/graphql`;
    const raw = `http://127.0.0.1:${rawPort}/`;
    await ready(raw, 'POST', JSON.stringify({ operationName: 'PointByCode', variables: { code: '' } }));
    const auth = { authorization: `Bearer ${key}` };

    // The same pages for both: the hub walks its cursors, the baseline starts after the last id of the page before.
    const db = new Client({ connectionString: url });
    await db.connect();
    // Fresh statistics after the bench's imports, for both servers' plans alike.
    await db.query('VACUUM ANALYZE monitoring_point, soil_sample, measurement');
    const ids = (await db.query<{ id: number }>(`SELECT id FROM monitoring_point ORDER BY id LIMIT ${PAGES * 100}`)).rows.map((r) => r.id);
    const codes = (await db.query<{ code: string }>(`SELECT code FROM monitoring_point ORDER BY md5(code) LIMIT ${CODES}`)).rows.map((r) => r.code);
    await db.end();
    const hubPages: string[] = [];
    const rawPages: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < PAGES; page++) {
      const hubBody: string = JSON.stringify({ operationName: 'ReferencePage', query: REFERENCE, variables: { after } });
      const rawBody = JSON.stringify({ operationName: 'ReferencePage', variables: { afterId: page === 0 ? 0 : ids[page * 100 - 1] } });
      const [fromHub, fromRaw]: string[] = await Promise.all([post(hub, hubBody, auth), post(raw, rawBody, {})]);
      const hubData: { nodes: unknown[]; pageInfo: { endCursor: string } } = JSON.parse(fromHub).data.monitoringPoints;
      const rawData = JSON.parse(fromRaw).data.monitoringPoints;
      if (!isDeepStrictEqual(hubData.nodes, rawData.nodes)) throw new Error(`reference page ${page}: the hub and the raw baseline answer differently`);
      hubPages.push(hubBody);
      rawPages.push(rawBody);
      after = hubData.pageInfo.endCursor;
    }
    const simpleBodies = codes.map((code) => JSON.stringify({ operationName: 'PointByCode', query: SIMPLE, variables: { code } }));
    for (const body of simpleBodies.slice(0, 20)) {
      const [fromHub, fromRaw] = await Promise.all([post(hub, body, auth), post(raw, body, {})]);
      if (!isDeepStrictEqual(JSON.parse(fromHub), JSON.parse(fromRaw))) throw new Error(`simple ${body}: the hub and the raw baseline answer differently`);
    }

    const results: Throughput[] = [];
    for (const [query, hubTarget, rawTarget] of [
      ['reference', { url: hub, headers: auth, bodies: hubPages }, { url: raw, headers: {}, bodies: rawPages }],
      ['simple', { url: hub, headers: auth, bodies: simpleBodies }, { url: raw, headers: {}, bodies: simpleBodies }],
    ] as const) {
      // Warm both (JIT, plans, caches), then interleave so both see the same machine.
      await load(hubTarget, 2);
      await load(rawTarget, 2);
      const hubRuns: Load[] = [];
      const rawRuns: Load[] = [];
      for (let round = 0; round < rounds; round++) {
        hubRuns.push(await load(hubTarget, seconds));
        rawRuns.push(await load(rawTarget, seconds));
      }
      const hubRun = median(hubRuns);
      const rawRun = median(rawRuns);
      results.push({ query, hubRps: hubRun.rps, rawRps: rawRun.rps, hubP99Ms: hubRun.p99Ms, rawP99Ms: rawRun.p99Ms });
    }
    return results;
  } finally {
    await Promise.all(
      children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGINT'))))),
    );
  }
}

interface Load {
  rps: number;
  p99Ms: number;
}

const median = (runs: Load[]): Load => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];

/** Closed-loop load: each connection sends its next request when the last one is answered. */
async function load(target: Target, seconds: number): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let i = connection; performance.now() < deadline; i += CONNECTIONS) {
        const sent = performance.now();
        await post(target.url, target.bodies[i % target.bodies.length], target.headers, agent);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / ((performance.now() - started) / 1000), p99Ms: latencies[Math.floor(latencies.length * 0.99)] };
}

function post(url: string, body: string, headers: Record<string, string>, agent?: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${url} answered ${res.statusCode}: ${text.slice(0, 300)}`));
        else resolve(text);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function ready(url: string, method = 'GET', body?: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.request(url, { method, headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.end(body);
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become ready`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
