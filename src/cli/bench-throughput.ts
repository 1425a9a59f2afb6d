import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { hubProcess, load, median, post, rawProcess, type Load, type ServerProcess, type Target } from './bench-load';

/** The two questions of the side-by-side comparison (../shared/perf), as the hub is asked them. */
const REFERENCE = `query ReferencePage($after: String) { monitoringPoints(first: 100, after: $after) { nodes { code county { name }
  samples(first: 1, orderBy: SAMPLED_ON_DESC) { nodes { sampledOn ph measurements(first: 8) { nodes { analyte { code } value } } } } }
  pageInfo { endCursor } } }`;
const SIMPLE = 'query PointByCode($code: String!) { monitoringPoint(code: $code) { code name longitude latitude county { name } } }';
const PAGES = 20;
const CODES = 500;

export interface Throughput {
  query: 'reference' | 'simple';
  hub: Load;
  raw: Load;
  /** The same hub process without its audit trail: what the trail costs. */
  unaudited: Load;
  /** Two hub processes on the same database, the connections split between them. */
  twoHubs: Load;
}

/**
 * The hub as it runs in production (its own process, rights and audit on, a department's key) against the raw-SQL
 * baseline (bench-raw-server) on the same database: the same pages and points, the answers checked equal first,
 * then interleaved rounds of closed-loop load from 10 connections; and the same load on a hub process without its audit
 * trail, and on two hub processes.
 */
export async function measureThroughput(url: string, key: string, dataDir: string, seconds: number, rounds: number): Promise<Throughput[]> {
  const auditKey = randomBytes(32).toString('hex');
  const servers: ServerProcess[] = [];
  try {
    const hub = await hubProcess(url, fs.mkdtempSync(path.join(dataDir, 'hub-a-')), auditKey);
    servers.push(hub);
    const raw = await rawProcess(url);
    servers.push(raw);
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
      const [fromHub, fromRaw]: string[] = await Promise.all([post(hub.url, hubBody, auth), post(raw.url, rawBody, {})]);
      const hubData: { nodes: unknown[]; pageInfo: { endCursor: string } } = JSON.parse(fromHub).data.monitoringPoints;
      const rawData = JSON.parse(fromRaw).data.monitoringPoints;
      if (!isDeepStrictEqual(hubData.nodes, rawData.nodes)) throw new Error(`reference page ${page}: the hub and the raw baseline answer differently`);
      hubPages.push(hubBody);
      rawPages.push(rawBody);
      after = hubData.pageInfo.endCursor;
    }
    const simpleBodies = codes.map((code) => JSON.stringify({ operationName: 'PointByCode', query: SIMPLE, variables: { code } }));
    for (const body of simpleBodies.slice(0, 20)) {
      const [fromHub, fromRaw] = await Promise.all([post(hub.url, body, auth), post(raw.url, body, {})]);
      if (!isDeepStrictEqual(JSON.parse(fromHub), JSON.parse(fromRaw))) throw new Error(`simple ${body}: the hub and the raw baseline answer differently`);
    }

    const second = await hubProcess(url, fs.mkdtempSync(path.join(dataDir, 'hub-b-')), auditKey);
    servers.push(second);
    const unaudited = await hubProcess(url, fs.mkdtempSync(path.join(dataDir, 'hub-u-')), auditKey, { unaudited: true });
    servers.push(unaudited);
    const results: Throughput[] = [];
    for (const [query, bodies, rawBodies] of [
      ['reference', hubPages, rawPages],
      ['simple', simpleBodies, simpleBodies],
    ] as const) {
      const targets: Record<'hub' | 'raw' | 'unaudited' | 'twoHubs', Target> = {
        hub: { urls: [hub.url], headers: auth, bodies: [...bodies] },
        raw: { urls: [raw.url], headers: {}, bodies: [...rawBodies] },
        unaudited: { urls: [unaudited.url], headers: auth, bodies: [...bodies] },
        twoHubs: { urls: [hub.url, second.url], headers: auth, bodies: [...bodies] },
      };
      // Warm every server (JIT, plans, caches), then interleave so all see the same machine.
      for (const target of Object.values(targets)) await load(target, 2);
      const runs: Record<keyof typeof targets, Load[]> = { hub: [], raw: [], unaudited: [], twoHubs: [] };
      for (let round = 0; round < rounds; round++)
        for (const name of ['hub', 'unaudited', 'raw', 'twoHubs'] as const) runs[name].push(await load(targets[name], seconds));
      results.push({ query, hub: median(runs.hub), raw: median(runs.raw), unaudited: median(runs.unaudited), twoHubs: median(runs.twoHubs) });
    }
    return results;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
