import { AuditSeal } from '../audit/audit-seal';
import { verifyChain } from '../audit/verify-chain';
import { loadConfig } from '../config/config';
import { openToolDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import { runCommand } from './command';

/** `npm run audit:verify`: checks the audit hash chain; exit 0 when whole, 3 naming the first broken record. */
runCommand(
  {
    usage: 'npm run audit:verify',
    summary: "校验审计日志的哈希链：完整时退出码 0，否则退出码 3 并指出第一条被改动或缺失的记录。Verifies the audit trail's hash chain.",
    options: {},
    help: {},
  },
  async () => {
    const config = loadConfig();
    const logger = createLogger(config.logLevel, config.logFormat, 2);
    const db = await openToolDatabase(config, logger);
    try {
      const result = await verifyChain(db.dataSource, AuditSeal.forVerifying(config.audit, logger));
      process.stdout.write(`${JSON.stringify(result)}\n`);
      if (!result.ok) process.exitCode = 3;
    } finally {
      await db.close();
    }
  },
);
