import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Connections of every closed-loop load in the bench, as the side-by-side comparison uses. */
export const CONNECTIONS = 10;

/** Where requests go: one server, or several taking the connections in turn. */
export interface Target {
  urls: string[];
  headers: Record<string, string>;
  bodies: string[];
}

export interface Load {
  rps: number;
  p99Ms: number;
}

/** A child process serving HTTP on 127.0.0.1, stopped with SIGINT as an operator would. */
export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export const median = (runs: Load[]): Load => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];

/**
 * The hub as it runs in production: its own process, NODE_ENV=production, `npm start`'s heap settings; `unaudited`
 * starts the same hub without its audit trail (bench-unaudited-hub), to measure what the trail costs.
 */
export async function hubProcess(url: string, dataDir: string, auditKey: string, options: { unaudited?: boolean } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const entry = options.unaudited ? path.join(__dirname, 'bench-unaudited-hub.js') : path.join(__dirname, '..', 'main.js');
  const child = spawn(process.execPath, ['--max-old-space-size=1024', '--max-semi-space-size=32', entry], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SOILHUB_DATA_DIR: dataDir,
      // Hubs on one database seal one audit trail (a chain each), verified with one key.
      AUDIT_KEY: auditKey,
      // One key from every connection: the per-key bounds are not what is measured.
      KEY_RATE_LIMIT: '0',
      KEY_CONCURRENCY: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await ready(`http://127.0.0.1:${port}/readyz`);
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => stop(child) };
}

/** The raw-SQL baseline (bench-raw-server) in its own process. */
export async function rawProcess(url: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, 'bench-raw-server.js')], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const served = `http://127.0.0.1:${port}/`;
  await ready(served, 'POST', JSON.stringify({ operationName: 'PointByCode', variables: { code: '' } }));
  return { url: served, stop: () => stop(child) };
}

function stop(child: ReturnType<typeof spawn>): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

/** Closed-loop load: each connection sends its next request when the last one is answered. */
export async function load(target: Target, seconds: number): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      const url = target.urls[connection % target.urls.length];
      for (let i = connection; performance.now() < deadline; i += CONNECTIONS) {
        const sent = performance.now();
        await post(url, target.bodies[i % target.bodies.length], target.headers, agent);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / ((performance.now() - started) / 1000), p99Ms: latencies[Math.floor(latencies.length * 0.99)] };
}

/** POSTs a body and resolves with the answer; anything but a 200 without errors rejects. */
export function post(url: string, body: string, headers: Record<string, string>, agent?: http.Agent): Promise<string> {
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
