import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

/**
 * The built hub with OpenTelemetry configured by the standard variables only: a request is traced from the HTTP
 * server through GraphQL into PostgreSQL, under the trace id its caller sent (traceparent), and exported over OTLP
 * to a collector, here one on loopback. Without the variables nothing is exported.
 */
const main = path.join(__dirname, '..', 'dist', 'src', 'main.js');
let db: TestDatabase;
let dir: string;
let collector: http.Server;
let endpoint = '';
const exported: any[] = [];

beforeAll(async () => {
  if (!fs.existsSync(main)) throw new Error(`${main} missing: run the tests with \`npm test\`, which builds first`);
  db = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-tracing-'));
  collector = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v1/traces') exported.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  collector.closeAllConnections();
  await new Promise((resolve) => collector.close(resolve));
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'json', NODE_ENV: 'test', DATABASE_URL: db.url, SOILHUB_DATA_DIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start in 30 s:\n${logs.join('')}`)), 30_000);
    child.stderr!.on('data', (c: Buffer) => logs.push(c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      for (const line of c.toString().split('\n').filter(Boolean)) {
        logs.push(line);
        const entry = JSON.parse(line) as { msg: string; url?: string };
        if (entry.msg === 'soilhub listening') {
          clearTimeout(timer);
          resolve({ child, url: entry.url! });
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`hub exited with ${code}:\n${logs.join('\n')}`)));
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));

const spans = () =>
  exported.flatMap((body) =>
    body.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans.map((span: any) => ({ ...span, scope: s.scope.name })))),
  );

describe('tracing', () => {
  it('follows a request from HTTP through GraphQL into PostgreSQL under the caller’s trace id', async () => {
    const { child, url } = await start({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_METRICS_EXPORTER: 'none',
      OTEL_LOGS_EXPORTER: 'none',
      OTEL_SERVICE_NAME: 'soilhub-test',
    });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    try {
      const res = await fetch(`${url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
        body: JSON.stringify({ query: '{ contaminatedSites(first: 3) { totalCount nodes { code } } }' }),
      });
      expect(res.status).toBe(200);
    } finally {
      // Stopping flushes the last spans.
      await stop(child);
    }
    const mine = spans().filter((s) => s.traceId === traceId);
    const scopes = new Set(mine.map((s) => s.scope));
    expect([...scopes].sort()).toEqual(
      expect.arrayContaining(['@opentelemetry/instrumentation-graphql', '@opentelemetry/instrumentation-http', '@opentelemetry/instrumentation-pg']),
    );
    const server = mine.find((s) => s.scope === '@opentelemetry/instrumentation-http' && s.kind === 2);
    expect(server.parentSpanId).toBe('00f067aa0ba902b7');
    expect(mine.some((s) => s.scope === '@opentelemetry/instrumentation-pg' && /SELECT/.test(JSON.stringify(s.attributes)))).toBe(true);
    expect(JSON.stringify(exported[0].resourceSpans[0].resource.attributes)).toContain('soilhub-test');
  });

  it('exports nothing when no exporter is configured', async () => {
    exported.length = 0;
    const { child, url } = await start({});
    try {
      expect((await fetch(`${url}/public/graphql?query=%7B__typename%7D`)).status).toBe(200);
    } finally {
      await stop(child);
    }
    expect(exported).toEqual([]);
  });
});
