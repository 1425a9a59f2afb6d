import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { EmbeddedCluster } from '../db/embedded/embedded-cluster';

export interface ScratchDatabase {
  url: string;
  /** The scratch folder (the embedded cluster's, and the hubs' files), when no BENCH_DATABASE_URL was given. */
  dir?: string;
  /** Stops the embedded cluster and removes its folder. */
  close(): Promise<void>;
}

/** Where a bench loads its data: BENCH_DATABASE_URL, else an embedded cluster in a scratch folder. */
export async function scratchDatabase(prefix: string, logger: Logger): Promise<ScratchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, close: async () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  const cluster = await EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'bench', logger });
  return {
    url: cluster.url,
    dir,
    async close() {
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
