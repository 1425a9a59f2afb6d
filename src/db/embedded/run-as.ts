import { execFileSync, spawn, spawnSync, type SpawnOptions } from 'node:child_process';

/** The OS identity PostgreSQL runs as: the current user, or `postgres` when we are root. */
export interface RunAs {
  uid?: number;
  gid?: number;
  name: string;
}

const PG_OS_USER = 'postgres';

/** PostgreSQL refuses to run as root, so as root we run it as the OS user `postgres`, created if missing. */
export function resolveRunAs(): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return { name: 'current user' };
  }
  let ids = lookupUser(PG_OS_USER);
  if (!ids) {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_OS_USER]);
    ids = lookupUser(PG_OS_USER);
    if (!ids) throw new Error(`无法创建操作系统用户 ${PG_OS_USER} (could not create OS user ${PG_OS_USER})`);
  }
  return { ...ids, name: PG_OS_USER };
}

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function identity(runAs: RunAs): Pick<SpawnOptions, 'uid' | 'gid'> {
  return runAs.uid === undefined ? {} : { uid: runAs.uid, gid: runAs.gid };
}

/**
 * Environment for PostgreSQL tools: C messages so their output is predictable. Under libfaketime (the date tests)
 * the parent's shared clock is left out: its semaphore belongs to the parent's OS user, which PostgreSQL's is not.
 */
function pgEnv(): NodeJS.ProcessEnv {
  const { FAKETIME_SHARED: _shared, ...env } = process.env;
  return { ...env, LC_ALL: 'C', LANG: 'C' };
}

export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs a PostgreSQL tool as `runAs`, capturing its output. */
export function runAsync(runAs: RunAs, file: string, args: string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...identity(runAs), env: pgEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Synchronous variant, for the process 'exit' hook where nothing async can run. */
export function runSync(runAs: RunAs, file: string, args: string[]): CommandResult {
  const r = spawnSync(file, args, { ...identity(runAs), env: pgEnv(), encoding: 'utf8', timeout: 15_000 });
  return { code: r.error ? null : r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}` };
}

/** True when `runAs` can enter `dir` (every parent needs the search bit for it). */
export function canEnter(runAs: RunAs, dir: string): boolean {
  return runSync(runAs, '/bin/sh', ['-c', 'cd "$1"', 'sh', dir]).code === 0;
}

/** True when `runAs` can execute `file`. */
export function canExecute(runAs: RunAs, file: string): boolean {
  return runSync(runAs, file, ['--version']).code === 0;
}
