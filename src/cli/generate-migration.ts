import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/database';
import { EmbeddedCluster } from '../db/embedded/embedded-cluster';
import { createLogger } from '../observability/logger';
import { runCommand, UsageError } from './command';

/**
 * `npm run migration:generate -- <verb-noun>`: runs every migration on a scratch embedded PostgreSQL,
 * diffs the entities against it, and writes the difference as a new migration registered in src/db/migrations.ts.
 */
async function generate(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError('the migration needs a name: lowercase words joined by -, e.g. add-site-geometry');
  const root = path.resolve(__dirname, '..', '..', '..');
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'json', 2);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-migration-'));
  fs.chmodSync(scratch, 0o755);
  const cluster = await EmbeddedCluster.start({ dataDir: scratch, port: 0, database: 'scratch', logger });
  const ds = createDataSource({ url: cluster.url, poolMax: 2, statementTimeoutMs: 60_000 });
  try {
    await ds.initialize();
    await migrate(ds, logger);
    const { upQueries, downQueries } = await ds.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      process.stdout.write('entities and migrations agree: nothing to generate\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name
      .split('-')
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('')}${timestamp}`;
    const fileBase = `${timestamp}-${name}`;
    // TypeORM emits CREATE/DROP TYPE once per column for an enum several tables share: keep one of each.
    const up = upQueries.filter((q, i) => upQueries.findIndex((o) => o.query === q.query) === i);
    const down = [...downQueries].reverse();
    const downOnce = down.filter((q, i) => down.findLastIndex((o) => o.query === q.query) === i);
    const literal = (sql: string) => `\`${sql.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${literal(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(line).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${downOnce.map(line).join('\n')}
  }
}
`;
    fs.writeFileSync(path.join(root, 'migrations', `${fileBase}.ts`), source);
    const registry = path.join(root, 'src', 'db', 'migrations.ts');
    const lines = fs.readFileSync(registry, 'utf8').split('\n');
    const lastImport = lines.findLastIndex((l) => l.startsWith('import '));
    lines.splice(lastImport + 1, 0, `import { ${className} } from '../../migrations/${fileBase}';`, ...(lastImport < 0 ? [''] : []));
    // The list is kept one class per line with a trailing comma (Prettier's style).
    const text = lines
      .join('\n')
      .replace(/\[([^\]]*)\];\s*$/, (_m, list: string) => `[${list.trim() ? `\n  ${list.trim().replace(/,$/, '')},` : ''}\n  ${className},\n];\n`);
    fs.writeFileSync(registry, text);
    process.stdout.write(`wrote migrations/${fileBase}.ts and registered it in src/db/migrations.ts\n`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await cluster.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

runCommand(
  {
    usage: 'npm run migration:generate -- <verb-noun>',
    summary:
      'Diffs the entities against the migrations on a scratch embedded PostgreSQL and writes the difference as migrations/<timestamp>-<verb-noun>.ts, registered in src/db/migrations.ts.',
    options: {},
    help: {},
    positionals: true,
  },
  (_values, [name]) => generate(name),
);
