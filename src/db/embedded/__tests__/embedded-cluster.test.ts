import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { EmbeddedCluster } from '../embedded-cluster';
import { freePort } from '../free-port';
import { usableBinaries } from '../postgres-binaries';
import { isAlive, readPid } from '../process-alive';
import { resolveRunAs, runAsync } from '../run-as';

const logger = pino({ level: 'silent' });
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-cluster-test-'));
  fs.chmodSync(dir, 0o755);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function select1(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query('SELECT 1 AS one')).rows[0].one;
  } finally {
    await c.end();
  }
}

describe('EmbeddedCluster', () => {
  it('initialises once, keeps its data between runs and stops its server', async () => {
    const first = await EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'kept', logger });
    const c = new Client({ connectionString: first.url });
    await c.connect();
    await c.query('CREATE TABLE survivor (v text)');
    await c.query("INSERT INTO survivor VALUES ('still here')");
    await c.end();
    const pid = readPid(path.join(first.pgData, 'postmaster.pid'))!;
    await first.stop();
    expect(isAlive(pid)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'soilhub.lock'))).toBe(false);

    const second = await EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'kept', logger });
    const c2 = new Client({ connectionString: second.url });
    await c2.connect();
    expect((await c2.query('SELECT v FROM survivor')).rows).toEqual([{ v: 'still here' }]);
    await c2.end();
    await second.stop();
  });

  it('stops a stale server left by a killed run, then starts', async () => {
    // A server nobody owns any more: what a SIGKILLed hub leaves behind.
    const runAs = resolveRunAs();
    const bin = usableBinaries(runAs, logger);
    const pgData = path.join(dir, 'postgres');
    const stale = await runAsync(runAs, bin.pgCtl, [
      'start',
      '-D',
      pgData,
      '-w',
      '-l',
      path.join(pgData, 'server.log'),
      '-o',
      `-p ${await freePort()} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
    ]);
    expect(stale).toMatchObject({ code: 0 });
    const stalePid = readPid(path.join(pgData, 'postmaster.pid'))!;
    expect(isAlive(stalePid)).toBe(true);

    const cluster = await EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'kept', logger });
    try {
      expect(isAlive(stalePid)).toBe(false);
      expect(await select1(cluster.url)).toBe(1);
    } finally {
      await cluster.stop();
    }
  });

  it('refuses a data directory another live soilhub process holds', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'soilhub.lock'), `${other.pid}\n`);
      await expect(EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'kept', logger })).rejects.toThrow(
        new RegExp(`另一个 soilhub 进程 \\(pid ${other.pid}\\)`),
      );
    } finally {
      other.kill();
      fs.rmSync(path.join(dir, 'soilhub.lock'), { force: true });
    }
  });
});
