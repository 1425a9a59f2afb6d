import { loadConfig } from '../config/config';
import { openToolDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import { runCommand } from './command';

/** `npm run migrate`: applies pending migrations and exits. */
runCommand(
  {
    usage: 'npm run migrate',
    summary: "执行尚未执行的数据库迁移后退出。Applies pending migrations to DATABASE_URL, else to the embedded database (the running hub's, if one runs).",
    options: {},
    help: {},
  },
  async () => {
    const config = loadConfig();
    const db = await openToolDatabase(config, createLogger(config.logLevel, config.logFormat, 2));
    await db.close();
  },
);
