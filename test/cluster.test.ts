import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config/config';
import { startHub, type Hub } from '../src/hub';
import { createApiKey } from '../src/sharing/identity/api-keys';
import { TEST_NOW } from './helpers/test-clock';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

/**
 * Two hubs on one PostgreSQL behave as one: a key's rate limit and the public per-address limit are counted once
 * for both (RATE_LIMIT_STORE=postgres), a catalog change made on one applies on the other (LISTEN/NOTIFY), a grant
 * revoked on one is refused on the other at once, the public cache serves no answer older than a write made through
 * the other, the hourly alert scan, which both start with, runs once, and each appends to an audit chain of its own.
 */
let db: TestDatabase;
const hubs: Hub[] = [];
const dirs: string[] = [];
const AUDIT_KEY = randomBytes(32).toString('hex');

async function start(): Promise<Hub> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-cluster-'));
  dirs.push(dir);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    SOILHUB_DATA_DIR: dir,
    AUDIT_KEY,
    RATE_LIMIT_STORE: 'postgres',
    PUBLIC_RATE_LIMIT: '30',
    KEY_RATE_LIMIT: '30',
  });
  const hub = await startHub(config, pino({ level: 'silent' }), { clock: () => TEST_NOW });
  hubs.push(hub);
  return hub;
}

beforeAll(async () => {
  db = await createTestDatabase();
  // Started together, as replicas are.
  await Promise.all([start(), start()]);
});
afterAll(async () => {
  for (const hub of hubs) await hub.stop();
  await db.drop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const status = async (url: string, init?: RequestInit) => (await fetch(url, init)).status;

describe('two hubs on one database', () => {
  it('apply a provider’s catalog change made on one hub on the other within 2 s: department rights and public schema', async () => {
    const [a, b] = hubs;
    const keys = {
      environment: (await createApiKey(a.database.dataSource, 'environment', 'cluster', 30, { at: TEST_NOW, writer: a.audit })).key,
      finance: (await createApiKey(a.database.dataSource, 'finance', 'cluster-2', 30, { at: TEST_NOW, writer: a.audit })).key,
    };
    const gql = async (hub: Hub, key: string | null, query: string) => {
      const res = await fetch(`${hub.url}${key ? '/graphql' : '/public/graphql'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { data?: any; errors?: any[] };
    };
    const item = async (hub: Hub) =>
      (await gql(hub, keys.finance, '{ catalogEntry(code: "LF.02.0005") { items { fieldName sharingType openToPublic } } }')).data.catalogEntry.items.find(
        (i: any) => i.fieldName === 'name',
      );
    const publicName = async (hub: Hub) => (await gql(hub, null, '{ industrialParks(first: 1) { nodes { name } } }')).errors?.[0]?.extensions.code ?? 'ok';
    expect(await item(b)).toEqual({ fieldName: 'name', sharingType: 'UNCONDITIONAL', openToPublic: true });
    expect(await publicName(b)).toBe('ok');

    const changed = await gql(
      a,
      keys.environment,
      'mutation { updateCatalogItem(resource: "LF.02.0005", field: "name", sharingType: CONDITIONAL, sharingCondition: "集群测试", openToPublic: false, note: "集群测试") { version } }',
    );
    expect(changed.errors).toBeUndefined();
    const started = performance.now();
    while ((await item(b)).sharingType !== 'CONDITIONAL' && performance.now() - started < 2_000) await new Promise((r) => setTimeout(r, 100));
    expect(await item(b)).toEqual({ fieldName: 'name', sharingType: 'CONDITIONAL', openToPublic: false });
    expect(performance.now() - started).toBeLessThan(2_000);
    // Hub B's public schema was cut again: the field is gone there too.
    expect(await publicName(b)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuse on one hub at once a grant revoked on the other, and never serve a stale public answer after a write', async () => {
    const [a, b] = hubs;
    const key = async (department: string) => (await createApiKey(a.database.dataSource, department, 'cluster-3', 30, { at: TEST_NOW, writer: a.audit })).key;
    const keys = { finance: await key('finance'), environment: await key('environment') };
    const gql = async (hub: Hub, k: string | null, query: string) => {
      const res = await fetch(`${hub.url}${k ? '/graphql' : '/public/graphql'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(k ? { authorization: `Bearer ${k}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { data?: any; errors?: any[] };
    };
    const access = async (hub: Hub) =>
      (await gql(hub, keys.finance, '{ catalogEntry(code: "LF.02.0009") { items { fieldName myAccess { status } } } }')).data.catalogEntry.items.find(
        (i: any) => i.fieldName === 'investmentWanYuan',
      ).myAccess.status;
    const asked = await gql(
      a,
      keys.finance,
      'mutation { requestAccess(resource: "LF.02.0009", items: ["investmentWanYuan"], purpose: "集群测试", legalBasis: "方案第（二十九）条", periodFrom: "2026-06-15", periodTo: "2027-06-15") { id } }',
    );
    const approved = await gql(a, keys.environment, `mutation { approveAccessRequest(id: "${asked.data.requestAccess.id}") { grant { id } } }`);
    expect(await access(b)).toBe('READABLE');
    const grant = approved.data.approveAccessRequest.grant.id;
    expect((await gql(a, keys.environment, `mutation { revokeAccessGrant(id: "${grant}", reason: "集群测试") { active } }`)).data).toEqual({
      revokeAccessGrant: { active: false },
    });
    expect(await access(b)).toBe('REQUESTABLE');

    // The public register on B, cached; a site listed through A; B's next answer has it.
    const register = async () =>
      (await gql(b, null, '{ contaminatedSites(first: 100) { nodes { code } } }')).data.contaminatedSites.nodes.map((n: any) => n.code);
    expect(await register()).not.toContain('CL-SITE-1');
    const saved = await gql(
      a,
      keys.environment,
      'mutation { saveContaminatedSite(idempotencyKey: "cluster-site-1", site: { code: "CL-SITE-1", name: "集群测试地块", county: "文安县", disallowedUses: ["R"] }) { applied } }',
    );
    expect(saved.errors).toBeUndefined();
    for (const [k, status] of [
      ['cluster-status-1', 'INVESTIGATED'],
      ['cluster-status-2', 'REGISTERED, riskLevel: LOW'],
    ]) {
      expect(
        (await gql(a, keys.environment, `mutation { changeSiteStatus(idempotencyKey: "${k}", site: "CL-SITE-1", status: ${status}) { applied } }`)).errors,
      ).toBeUndefined();
    }
    expect(await register()).toContain('CL-SITE-1');
  });

  it('count one key’s requests together: past its limit, on either hub, it is refused', async () => {
    const [a, b] = hubs;
    const { key } = await createApiKey(a.database.dataSource, 'finance', 'cluster', 30, { at: TEST_NOW, writer: a.audit });
    const ask = (hub: Hub) =>
      status(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ me { code } }' }),
      });
    const answers: number[] = [];
    for (let i = 0; i < 30; i++) answers.push(await ask(i % 2 ? b : a));
    expect(answers.every((s) => s === 200)).toBe(true);
    expect([await ask(a), await ask(b)]).toEqual([429, 429]);
  });

  it('count one address on the public endpoint and pages together', async () => {
    const [a, b] = hubs;
    const first = await fetch(`${a.url}/public/graphql?query=%7B__typename%7D`);
    let left = Number(first.headers.get('ratelimit-remaining'));
    expect(left).toBeGreaterThan(2);
    const paths = ['/public/graphql?query=%7B__typename%7D', '/disclosure/targets'];
    for (let i = 0; left > 0; i++, left--) expect(await status(`${(i % 2 ? a : b).url}${paths[i % 2]}`)).toBe(200);
    expect(await status(`${b.url}/disclosure/sites`)).toBe(429);
    expect(await status(`${a.url}/public/graphql?query=%7B__typename%7D`)).toBe(429);
  });

  it('ran the alert scan once, though both started with it', async () => {
    const rows = await hubs[0].database.dataSource.query(`SELECT name, runs FROM scheduled_task`);
    expect(rows).toEqual([{ name: 'alert-scan', runs: 1 }]);
  });

  it('appended each to an audit chain of its own, and the trail verifies', async () => {
    const [a, b] = hubs;
    expect(a.audit.chain).toBeDefined();
    expect(b.audit.chain).toBeDefined();
    expect(a.audit.chain).not.toBe(b.audit.chain);
    const rows: { chain: number; records: number }[] = await a.database.dataSource.query(
      `SELECT chain, count(*)::int AS records FROM audit_record WHERE chain = ANY($1::int[]) GROUP BY chain ORDER BY chain`,
      [[a.audit.chain, b.audit.chain]],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.records).toBeGreaterThan(1);
    const admin = (await createApiKey(a.database.dataSource, 'platform-admin', 'cluster', 1, { at: TEST_NOW, writer: a.audit })).key;
    const res = await fetch(`${b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ auditVerification { ok chains problem } }' }),
    });
    const v = ((await res.json()) as { data: { auditVerification: { ok: boolean; chains: number; problem: string | null } } }).data.auditVerification;
    expect(v).toEqual({ ok: true, chains: 2, problem: null });
  });
});
