import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive, readPid } from '../src/db/embedded/process-alive';

/**
 * The built hub as `npm start` runs it (dist/, built by `npm test` first), on an embedded PostgreSQL
 * of its own: SIGTERM ends it cleanly with its database, SIGKILL leaves a server the next start recovers.
 */
const main = path.join(__dirname, '..', 'dist', 'src', 'main.js');
let dataDir: string;

beforeAll(() => {
  if (!fs.existsSync(main)) throw new Error(`${main} missing: run the tests with \`npm test\`, which builds first`);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-lifecycle-'));
  fs.chmodSync(dataDir, 0o755);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  logs: string[];
  /** The "soilhub listening" log entry. */
  listening: Record<string, unknown>;
}

function startHub(extra: Record<string, string> = {}): Promise<Running> {
  // Development on the embedded database, as `npm start` on a fresh machine: demo keys, no demo data (speed).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    SOILHUB_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    DEMO_DATA: 'false',
    ...extra,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start in 30 s:\n${logs.join('')}`)), 30_000);
    child.stderr!.on('data', (c: Buffer) => logs.push(c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      for (const line of c.toString().split('\n').filter(Boolean)) {
        logs.push(line);
        const entry = JSON.parse(line) as { msg: string; graphql?: string };
        if (entry.msg === 'soilhub listening') {
          clearTimeout(timer);
          resolve({ child, url: entry.graphql!, logs, listening: entry });
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${logs.join('\n')}`));
    });
  });
}

async function countCounties(url: string): Promise<number> {
  const keys = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-keys.json'), 'utf8')) as Record<string, string>;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.environment}` },
    body: '{"query":"{ counties { totalCount } }"}',
  });
  return ((await res.json()) as { data: { counties: { totalCount: number } } }).data.counties.totalCount;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const postmasterPid = () => readPid(path.join(dataDir, 'postgres', 'postmaster.pid'));

/** A command-line tool of the built hub, on the same data directory; resolves with its exit code and output. */
function tool(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: 'json', SOILHUB_DATA_DIR: dataDir, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'cli', script), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return exited(child).then((code) => ({ code, stdout, stderr }));
}

describe('the hub process', () => {
  it('names its pages and the demo keys when listening, and its tools reach its database while it runs', async () => {
    const hub = await startHub();
    try {
      const base = hub.url.replace(/\/graphql$/, '');
      expect(hub.listening).toMatchObject({ public: `${base}/public/graphql`, catalog: `${base}/catalog/`, demoKeys: path.join(dataDir, 'demo-keys.json') });

      const help = await tool('create-key.js', ['--help']);
      expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('usage: npm run key:create -- --department <code>')]);
      const wrong = await tool('create-key.js', ['--departmnt', 'finance']);
      expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining("Unknown option '--departmnt'")]);

      const created = await tool('create-key.js', ['--department', 'finance', '--name', 'lifecycle']);
      expect(created.code).toBe(0);
      const { key } = JSON.parse(created.stdout) as { key: string };
      const res = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: '{"query":"{ me { code } }"}',
      });
      expect(await res.json()).toEqual({ data: { me: { code: 'finance' } } });
    } finally {
      const exit = exited(hub.child);
      hub.child.kill('SIGTERM');
      await exit;
    }
  });

  it('answers, then on SIGTERM drains, exits 0 and leaves no postgres of its data directory', async () => {
    const hub = await startHub();
    expect(await countCounties(hub.url)).toBe(11);
    const pgPid = postmasterPid()!;
    expect(isAlive(pgPid)).toBe(true);

    const exit = exited(hub.child);
    hub.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(isAlive(pgPid)).toBe(false);
    expect(postmasterPid()).toBeUndefined();
  });

  it('starts again after being SIGKILLed, recovering the stale server', async () => {
    const hub = await startHub();
    const stalePg = postmasterPid()!;
    const killed = exited(hub.child);
    hub.child.kill('SIGKILL');
    await killed;
    expect(isAlive(stalePg)).toBe(true);

    const again = await startHub();
    try {
      expect(again.logs.join('\n')).toContain('stopping a stale embedded PostgreSQL');
      expect(isAlive(stalePg)).toBe(false);
      expect(await countCounties(again.url)).toBe(11);
    } finally {
      const exit = exited(again.child);
      again.child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });

  it('restarts its embedded PostgreSQL when it is killed, and serves again without a restart of its own', async () => {
    const hub = await startHub();
    try {
      const first = postmasterPid()!;
      process.kill(first, 'SIGKILL');
      let answered: number | undefined;
      for (let i = 0; i < 60 && answered === undefined; i++) {
        await new Promise((r) => setTimeout(r, 500));
        answered = await countCounties(hub.url).catch(() => undefined);
      }
      expect(answered).toBe(11);
      expect(postmasterPid()).not.toBe(first);
      expect(hub.logs.join('\n')).toContain('embedded PostgreSQL restarted');
      expect(hub.child.exitCode).toBeNull();
    } finally {
      const exit = exited(hub.child);
      hub.child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });

  it('killed in the middle of an import, leaves the database as before; restarted, the same import applies', async () => {
    const hub = await startHub({ DEMO_DATA: 'true' });
    const keys = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-keys.json'), 'utf8')) as Record<string, string>;
    const gql = async (url: string, query: string) =>
      (
        (await (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.environment}` },
            body: JSON.stringify({ query }),
          })
        ).json()) as any
      ).data;
    const points: string[] = (await gql(hub.url, '{ monitoringPoints(first: 3) { nodes { code } } }')).monitoringPoints.nodes.map((p: any) => p.code);
    const lines = ['sample_code,point_code,sampled_on,depth_top_cm,depth_bottom_cm,ph,analyte,value,unit,below_detection'];
    for (let s = 0; s < 20_000; s++) lines.push(`KILL-${s},${points[s % 3]},2025-10-01,0,20,8.0,Cd,0.2,mg/kg,false`);
    const file = `${lines.join('\n')}\n`;
    const upload = (target: Running, body: (req: http.ClientRequest) => void) =>
      new Promise<{ status?: number; text: string }>((resolve) => {
        const url = new URL(target.url.replace('/graphql', '/import/samples'));
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { 'content-type': 'text/csv', 'idempotency-key': 'kill-import-0001', authorization: `Bearer ${keys.environment}` },
          },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode, text }));
          },
        );
        req.on('error', () => resolve({ text: 'connection lost' }));
        body(req);
      });

    // Half the file, then the server dies while the upload is still open.
    const cut = upload(hub, (req) => req.write(file.slice(0, file.length / 2)));
    await new Promise((r) => setTimeout(r, 500));
    const killed = exited(hub.child);
    hub.child.kill('SIGKILL');
    await killed;
    expect((await cut).text).toBe('connection lost');

    const again = await startHub({ DEMO_DATA: 'true' });
    try {
      expect(await gql(again.url, '{ a: soilSample(code: "KILL-0") { code } b: soilSample(code: "KILL-100") { code } }')).toEqual({ a: null, b: null });
      const done = await upload(again, (req) => req.end(file));
      expect(done.status).toBe(200);
      expect(JSON.parse(done.text)).toMatchObject({ applied: true, samples: 20_000 });
      expect(await gql(again.url, '{ soilSample(code: "KILL-19999") { code } }')).toEqual({ soilSample: { code: 'KILL-19999' } });
    } finally {
      const exit = exited(again.child);
      again.child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });
});
