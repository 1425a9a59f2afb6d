import fs from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__SOILHUB_TEST_CLUSTER__;
  if (!state) return;
  if (state.cluster) {
    await state.cluster.stop();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
    return;
  }
  const admin = new Client({ connectionString: state.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${state.template}`);
  } finally {
    await admin.end();
  }
}
