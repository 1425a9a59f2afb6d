import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/database';
import { startHub, type Hub } from '../hub';
import { benchImport } from './bench-import';
import { scratchDatabase } from './bench-database';
import { measureThroughput, type Throughput } from './bench-throughput';
import { runCommand, UsageError } from './command';
import { createApiKey } from '../sharing/identity/api-keys';
import { generateSynthetic } from '../synthetic/synthetic-generator';
import { SCALES, type ScaleName } from '../synthetic/synthetic-scale';

/**
 * `npm run bench [-- --scale bench|demo] [--runs N]`: loads the synthetic scale into a scratch database
 * (embedded, or BENCH_DATABASE_URL), then measures the nested cross-domain query at growing page sizes.
 * Prints figures and ratios from one run; absolute times on a shared machine are only indicative.
 */
async function bench(values: { scale?: string; runs?: string }): Promise<void> {
  const scale = SCALES[values.scale as ScaleName];
  if (!scale) throw new UsageError(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const runs = Number(values.runs);
  const logger = pino({ level: 'warn' });

  const scratch = await scratchDatabase('soilhub-bench-', logger);
  const { url, dir } = scratch;
  try {
    const ds = createDataSource({ url, poolMax: 4, statementTimeoutMs: 600_000 });
    await ds.initialize();
    let t = Date.now();
    await migrate(ds, logger);
    const migrateSeconds = (Date.now() - t) / 1000;

    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    t = Date.now();
    const summary = await generateSynthetic(ds, scale, { seed: 20171229, replace: true, logger });
    const importSeconds = (Date.now() - t) / 1000;
    clearInterval(sampler);
    await ds.destroy();
    const auth: Record<string, string> = { 'content-type': 'application/json' };
    const timed = async (hub: Hub, query: string) => {
      const started = process.hrtime.bigint();
      const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, statements: Number(res.headers.get('x-sql-statements')), body };
    };

    const config = loadConfig({
      DATABASE_URL: url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      // The hubs' own files (audit key, checkpoints) in the scratch folder, never in the checkout's data/.
      SOILHUB_DATA_DIR: fs.mkdtempSync(path.join(dir ?? os.tmpdir(), 'bench-hub-')),
      MAX_QUERY_COST: '1000000000000',
      MAX_RESPONSE_OBJECTS: '10000000',
      KEY_RATE_LIMIT: '0',
      KEY_CONCURRENCY: '0',
      // The statements table needs the count; every hub here pays for it alike, so the ratios stay fair.
      COUNT_STATEMENTS: 'true',
      MAX_PAGE_SIZE: '1000',
      STATEMENT_TIMEOUT_MS: '120000',
      REQUEST_TIMEOUT_MS: '300000',
    });
    const hub = await startHub(config, logger);
    // The agriculture department provides the farmland classes the query reads: every item is released to it.
    auth.authorization = `Bearer ${(await createApiKey(hub.database.dataSource, 'agriculture', 'bench', 1, { at: new Date(), writer: hub.audit })).key}`;
    // The throughput comparison reads as 市环保局, a department that provides none of what it reads: rights are enforced.
    const environmentKey = (await createApiKey(hub.database.dataSource, 'environment', 'bench', 1, { at: new Date(), writer: hub.audit })).key;
    // After the hub loaded the catalog: the import checks the provider like any submission.
    const importFigures = await benchImport(hub.database.dataSource, dir ?? os.tmpdir(), scale === SCALES.bench ? 125_000 : 2_000);
    const open = await startHub(config, logger, { enforceRights: false });
    const uncached = await startHub({ ...config, publicCacheSeconds: 0, publicRateLimit: 1_000_000 }, logger);
    const cachedPublic = await startHub({ ...config, publicRateLimit: 1_000_000 }, logger);
    let publicFigures: { cachedRps: number; uncachedRps: number; runs: number } | undefined;
    const rows: { first: number; statements: number; units: number; measurements: number; medianMs: number }[] = [];
    let overhead: { enforcedMs: number; openMs: number; rows: number } | undefined;
    try {
      for (const first of [10, 50, 100]) {
        const query = `{ counties(first: 11) { nodes { name farmlandUnits(first: ${first}) { totalCount nodes { code qualityClass county { name }
          monitoringPoints(first: 5) { nodes { code samples(first: 10) { nodes { ph measurements(first: 8) { nodes { value analyte { code } } } } } } } } } } } }`;
        const times: number[] = [];
        let statements = 0;
        let units = 0;
        let measurements = 0;
        for (let i = 0; i < runs; i++) {
          const { ms, statements: count, body } = await timed(hub, query);
          times.push(ms);
          statements = count;
          const nodes = body.data.counties.nodes.flatMap((c: any) => c.farmlandUnits.nodes);
          units = nodes.length;
          measurements = nodes.reduce(
            (s: number, u: any) =>
              s +
              u.monitoringPoints.nodes.reduce(
                (a: number, p: any) => a + p.samples.nodes.reduce((b: number, smp: any) => b + smp.measurements.nodes.length, 0),
                0,
              ),
            0,
          );
        }
        times.sort((a, b) => a - b);
        rows.push({ first, statements, units, measurements, medianMs: Number(times[Math.floor(times.length / 2)].toFixed(1)) });
        if (first === 50) {
          // Rights enforced against every field allowed, interleaved so both see the same machine.
          const enforced: number[] = [];
          const free: number[] = [];
          await timed(open, query);
          for (let i = 0; i < Math.max(runs, 9); i++) {
            enforced.push((await timed(hub, query)).ms);
            free.push((await timed(open, query)).ms);
          }
          const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
          overhead = { enforcedMs: median(enforced), openMs: median(free), rows: measurements };
        }
      }
      // The public endpoint: a soil quality summary and a page of the register, with and without the response cache.
      const publicQuery =
        '{ soilQualitySummary(analyte: "Cd") { county { name } year samples exceedanceRate } contaminatedSites(first: 50) { nodes { code name status listedOn landUseHolder } } }';
      const publicRun = async (target: Hub, n: number) => {
        const started = process.hrtime.bigint();
        for (let i = 0; i < n; i++) {
          const res = await fetch(`${target.url}/public/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: publicQuery }),
          });
          const body = (await res.json()) as { errors?: unknown };
          if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
        }
        return n / (Number(process.hrtime.bigint() - started) / 1e9);
      };
      const n = Math.max(runs, 20);
      await publicRun(cachedPublic, 1);
      publicFigures = { uncachedRps: await publicRun(uncached, n), cachedRps: await publicRun(cachedPublic, n), runs: n };
    } finally {
      await hub.stop();
      await open.stop();
      await uncached.stop();
      await cachedPublic.stop();
    }
    // After the in-process hubs stopped: the hub under load has the machine to itself, with the baseline.
    const throughput: Throughput[] | undefined =
      scale === SCALES.bench ? await measureThroughput(url, environmentKey, fs.mkdtempSync(path.join(dir ?? os.tmpdir(), 'bench-hub-')), 8, 3) : undefined;

    const out = (s: string) => process.stdout.write(`${s}\n`);
    out(`soilhub bench — scale ${values.scale} (synthetic data), ${runs} runs per query, ${os.cpus().length} cores`);
    out(`migrate: ${migrateSeconds.toFixed(1)} s`);
    out(
      `import: ${summary.measurements} measurements, ${summary.samples} samples, ${summary.monitoringPoints} points in ${importSeconds.toFixed(1)} s` +
        ` (${Math.round(summary.measurements / importSeconds)} measurements/s), peak RSS +${Math.round((peakRss - baseRss) / 2 ** 20)} MiB`,
    );
    out('nested query county → farmland units → points → samples → measurements → analyte:');
    out('  first  statements  units  measurements  median ms');
    for (const r of rows)
      out(
        `  ${String(r.first).padStart(5)}  ${String(r.statements).padStart(10)}  ${String(r.units).padStart(5)}  ${String(r.measurements).padStart(12)}  ${String(r.medianMs).padStart(9)}`,
      );
    const [a, , b] = rows;
    out(
      `ratios first 100 / first 10: statements ${(b.statements / a.statements).toFixed(2)}, rows ${(b.measurements / a.measurements).toFixed(2)}, time ${(b.medianMs / a.medianMs).toFixed(2)}, time per row ${(b.medianMs / b.measurements / (a.medianMs / a.measurements)).toFixed(2)}`,
    );
    out(`statement bound by depth, not rows: ${rows.every((r) => r.statements === a.statements) ? 'yes' : 'NO'}`);
    {
      const f = importFigures;
      const rate = (seconds: number) => `${seconds.toFixed(1)} s (${Math.round(f.lines / seconds)} rows/s)`;
      const ratio = f.tablesSeconds / f.importSeconds;
      out(`bulk import, ${f.lines} CSV lines (synthetic, SYN-IMP- codes), peak RSS +${f.peakMiB} MiB:`);
      out(`  raw COPY into a text staging table          ${rate(f.copySeconds)}`);
      out(`  raw COPY into soil_sample + measurement     ${rate(f.tablesSeconds)}  (ids resolved in advance; indexes and foreign keys)`);
      out(`  import (COPY, validation, merge, feed)      ${rate(f.importSeconds)}`);
      out(
        `  import rate / raw COPY into the same tables ${ratio.toFixed(2)} (target ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'NOT met'}); / staging COPY ${(f.copySeconds / f.importSeconds).toFixed(2)}`,
      );
    }
    if (publicFigures) {
      out(`public endpoint, soil quality summary + register page, ${publicFigures.runs} sequential requests:`);
      out(
        `  uncached ${publicFigures.uncachedRps.toFixed(1)} req/s, cached ${publicFigures.cachedRps.toFixed(1)} req/s, ratio ${(publicFigures.cachedRps / publicFigures.uncachedRps).toFixed(1)}×`,
      );
    }
    if (overhead) {
      const ratio = overhead.enforcedMs / overhead.openMs;
      out(`rights enforced vs every field allowed (first 50, ${overhead.rows} measurements, median of interleaved runs):`);
      out(
        `  enforced ${overhead.enforcedMs.toFixed(1)} ms (${Math.round(overhead.rows / (overhead.enforcedMs / 1000))} rows/s), allowed ${overhead.openMs.toFixed(1)} ms (${Math.round(overhead.rows / (overhead.openMs / 1000))} rows/s), overhead ${((ratio - 1) * 100).toFixed(1)}%`,
      );
    }
    if (throughput) {
      out('audit trail: the hub process against the same process without it (bench-unaudited-hub), the same load as below:');
      for (const t of throughput)
        out(
          `  ${t.query.padEnd(9)}  audited ${t.hub.rps.toFixed(0)} req/s, not audited ${t.unaudited.rps.toFixed(0)} req/s, cost ${((1 - t.hub.rps / t.unaudited.rps) * 100).toFixed(1)}% (target ≤ 15%)`,
        );
      out('throughput, hub process (NODE_ENV=production, 市环保局, rights and audit on) vs one raw SQL statement per request');
      out('building the whole answer in PostgreSQL (bench-raw-server), same database, answers checked equal, 10 connections,');
      out('median of 3 interleaved rounds of 8 s; "2 hubs": two hub processes on the database, 5 connections each:');
      out('  query      hub req/s  raw req/s  hub / raw  hub p99 ms  raw p99 ms  2 hubs req/s  2 hubs / 1');
      for (const t of throughput)
        out(
          `  ${t.query.padEnd(9)}  ${t.hub.rps.toFixed(0).padStart(9)}  ${t.raw.rps.toFixed(0).padStart(9)}  ${(t.hub.rps / t.raw.rps).toFixed(2).padStart(9)}` +
            `  ${t.hub.p99Ms.toFixed(1).padStart(10)}  ${t.raw.p99Ms.toFixed(1).padStart(10)}  ${t.twoHubs.rps.toFixed(0).padStart(12)}  ${(t.twoHubs.rps / t.hub.rps).toFixed(2).padStart(10)}`,
        );
    }
    if (!rows.every((r) => r.statements === a.statements)) process.exitCode = 1;
  } finally {
    await scratch.close();
  }
}

runCommand(
  {
    usage: 'npm run bench -- [--scale bench|demo] [--runs N]',
    summary:
      'Loads a synthetic scale into a scratch database (embedded, or BENCH_DATABASE_URL) and measures queries, rights, audit, the public cache and imports. Figures and ratios from one run.',
    options: { scale: { type: 'string', default: 'bench' }, runs: { type: 'string', default: '5' } },
    help: { scale: 'bench (~10^6 measurements, default) or demo', runs: 'repetitions per measurement (default 5)' },
  },
  bench,
);
