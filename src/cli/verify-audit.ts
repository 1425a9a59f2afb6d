import { verifyChain } from '../audit/verify-chain';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createLogger } from '../observability/logger';

/** `npm run audit:verify`: checks the audit hash chain; exit 0 when whole, 3 naming the first broken record. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    const result = await verifyChain(db.dataSource);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (!result.ok) process.exitCode = 3;
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
