import { spawn, type ChildProcess } from 'node:child_process';
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
}

function startHub(): Promise<Running> {
  // Development on the embedded database, as `npm start` on a fresh machine: demo keys, no demo data (speed).
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'info', SOILHUB_DATA_DIR: dataDir, NODE_ENV: 'development', DEMO_DATA: 'false' };
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
          resolve({ child, url: entry.graphql!, logs });
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

describe('the hub process', () => {
  it('answers, then on SIGTERM exits 0 within 5 s and leaves no postgres of its data directory', async () => {
    const hub = await startHub();
    expect(await countCounties(hub.url)).toBe(11);
    const pgPid = postmasterPid()!;
    expect(isAlive(pgPid)).toBe(true);

    const started = Date.now();
    const exit = exited(hub.child);
    hub.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
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
});
