import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseSync } from 'csv-parse/sync';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { chinaDate } from '../common/china-date';
import { CHANGE_CHANNEL } from './outbox';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import type { Access } from '../sharing/policy/access';
import { EARLIEST_SAMPLE_DATE } from '../environment/earliest-sample-date';

/** One measurement per line; a sample's own columns repeat on each of its lines. */
export const SAMPLE_COLUMNS = [
  'sample_code',
  'point_code',
  'sampled_on',
  'depth_top_cm',
  'depth_bottom_cm',
  'ph',
  'analyte',
  'value',
  'unit',
  'below_detection',
] as const;

export interface ImportReport {
  applied: boolean;
  replayed: boolean;
  lines: number;
  samples: number;
  measurements: number;
  rejectedLines: number;
  /** The first rejected lines with their reasons (at most 1000). */
  errors: { line: number; field: string; message: string }[];
}

/** A delivery that cannot be read as a file of rows: refused whole, before any row is looked at. */
function formatError(detail: string): HubError {
  return new HubError(ErrorCode.BAD_REQUEST, `文件格式错误，未作任何修改：${detail}`);
}

/** csv-parse's and PostgreSQL's CSV parser's complaints (class 22 names the line) are the file's format errors. */
function asFormatError(err: unknown): unknown {
  if (err instanceof HubError) return err;
  const e = err as { name?: string; code?: string; message?: string; where?: string };
  if (e?.name === 'CsvError' || /^22/.test(e?.code ?? '')) return formatError(`${e.message ?? ''} ${e.where ?? ''}`.trim());
  return err;
}

/** COPY text format: tab-separated, \N for null, backslash escapes. */
function copyField(value: unknown): string {
  if (value === null || value === undefined || value === '') return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** JSON-line objects → COPY text lines, in chunks of about 64 KiB (one COPY message per row is far slower). */
function toCopyLines(): Transform {
  let buffer = '';
  return new Transform({
    writableObjectMode: true,
    transform(row: Record<string, unknown>, _enc, done) {
      buffer += `${SAMPLE_COLUMNS.map((c) => copyField(row[c])).join('\t')}\n`;
      if (buffer.length < 65_536) return done();
      const chunk = buffer;
      buffer = '';
      done(null, chunk);
    },
    flush(done) {
      done(null, buffer || undefined);
    },
  });
}

/**
 * Takes the CSV header line off the stream (parsed with csv-parse, so quoting and a BOM are handled) and passes
 * the rest through to PostgreSQL's own CSV parser in COPY: parsing a million lines in JavaScript first was 40×
 * slower than the COPY itself.
 */
function headerSplitter(): { stream: Transform; columns: Promise<string[]> } {
  let head: Buffer | null = Buffer.alloc(0);
  let resolveColumns!: (c: string[]) => void;
  let rejectColumns!: (e: Error) => void;
  const columns = new Promise<string[]>((resolve, reject) => {
    resolveColumns = resolve;
    rejectColumns = reject;
  });
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (head === null) return done(null, chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(10);
      if (end < 0) {
        if (head.length > 65_536) return done(fail(formatError('CSV 缺少表头行 (missing header line)')));
        return done();
      }
      try {
        const [names] = parseSync(head.subarray(0, end + 1), { bom: true, trim: true }) as string[][];
        resolveColumns(names ?? []);
      } catch (err) {
        return done(fail(err as Error));
      }
      const rest = head.subarray(end + 1);
      head = null;
      done(null, rest);
    },
    flush(done) {
      if (head !== null) return done(fail(formatError('CSV 缺少表头行 (missing header line)')));
      done();
    },
  });
  const fail = (err: Error) => {
    rejectColumns(err);
    return err;
  };
  // An empty body never reaches transform or flush before the pipeline ends: settle anyway.
  stream.on('close', () => rejectColumns(formatError('CSV 缺少表头行 (missing header line)')));
  return { stream, columns };
}

/** JSON lines → row objects; a line that is not a JSON object is a format error naming it. */
function ndjsonRows(): Transform {
  let buffered = '';
  let line = 0;
  const emit = (self: Transform, text: string) => {
    line++;
    if (!text.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      throw formatError(`第 ${line} 行不是合法的 JSON (line ${line}: invalid JSON)`);
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw formatError(`第 ${line} 行不是 JSON 对象`);
    self.push(row);
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      try {
        for (const p of parts) emit(this, p);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        emit(this, buffered);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
}

/**
 * The checks of each line on its own, in one pass over the staging table: each failing check adds its number to
 * an array, and only lines with a failure are unnested into errors. Each check guards its casts with CASE (SQL does
 * not promise to evaluate OR from left to right); the code pattern has no bounded repetition (`{1,64}` made
 * PostgreSQL's regex engine seven times slower).
 */
const LINE_CHECKS: [field: string, message: string, failsWhen: string][] = [
  ['sample_code', '样品编码应为 1–64 位字母、数字或 _.-', `sample_code IS NULL OR length(sample_code) > 64 OR sample_code !~ '^[A-Za-z0-9_.-]+$'`],
  ['point_code', '没有该编码的点位', `point_code IS NULL OR point_code NOT IN (SELECT code FROM monitoring_point)`],
  [
    'sampled_on',
    `采样日期应为 YYYY-MM-DD，不早于 ${EARLIEST_SAMPLE_DATE} 且不晚于今天`,
    `CASE WHEN pg_input_is_valid(coalesce(sampled_on, ''), 'date') THEN sampled_on::date > $1::date OR sampled_on::date < '${EARLIEST_SAMPLE_DATE}'::date ELSE true END`,
  ],
  [
    'depth_bottom_cm',
    '深度应满足 0 ≤ 上限 < 下限 ≤ 1000 cm',
    `CASE WHEN pg_input_is_valid(coalesce(depth_top_cm, ''), 'integer') AND pg_input_is_valid(coalesce(depth_bottom_cm, ''), 'integer')
          THEN NOT (depth_top_cm::int >= 0 AND depth_bottom_cm::int > depth_top_cm::int AND depth_bottom_cm::int <= 1000) ELSE true END`,
  ],
  ['ph', 'pH 应为 0 到 14 之间的数', `ph IS NOT NULL AND CASE WHEN pg_input_is_valid(ph, 'numeric') THEN ph::numeric NOT BETWEEN 0 AND 14 ELSE true END`],
  ['analyte', '未知的监测项目', `analyte IS NULL OR lower(analyte) NOT IN (SELECT lower(code) FROM analyte)`],
  ['value', '测定值应为非负数', `CASE WHEN pg_input_is_valid(coalesce(value, ''), 'numeric') THEN value::numeric < 0 ELSE true END`],
  ['unit', '单位应为 mg/kg', `unit IS DISTINCT FROM 'mg/kg'`],
  ['below_detection', '应为 true 或 false', `below_detection IS NOT NULL AND lower(below_detection) NOT IN ('true', 'false', '1', '0')`],
];

const VALIDATION = `
  INSERT INTO import_error (line, field, message)
  SELECT c.line, m.field, m.message
    FROM (SELECT line, ARRAY[${LINE_CHECKS.map(([, , fails], i) => `CASE WHEN ${fails} THEN ${i + 1} END`).join(', ')}] AS failed FROM import_row) c
    CROSS JOIN LATERAL unnest(c.failed) AS f(n)
    JOIN (VALUES ${LINE_CHECKS.map(([field, message], i) => `(${i + 1}, '${field}', '${message}')`).join(', ')}) m(n, field, message) ON m.n = f.n
   WHERE c.failed <> '{${LINE_CHECKS.map(() => 'NULL').join(',')}}'
  UNION ALL SELECT r.line, 'sample_code', '同一样品的点位、日期、深度或 pH 各行不一致' FROM import_row r JOIN (
    SELECT sample_code FROM (SELECT DISTINCT sample_code, point_code, sampled_on, depth_top_cm, depth_bottom_cm, ph FROM import_row) v
     GROUP BY sample_code HAVING count(*) > 1) mixed ON mixed.sample_code = r.sample_code`;

/**
 * What the tables' unique indexes also refuse: run after the merge hit one of them, or when the delivery is rejected
 * anyway, so that the report is complete without every accepted delivery paying for these checks.
 */
const CONFLICT_CHECKS = `
  INSERT INTO import_error (line, field, message)
  SELECT r.line, 'sample_code', '样品编码已存在' FROM import_row r JOIN soil_sample s ON s.code = r.sample_code
  UNION ALL SELECT r.line, 'analyte', '同一样品中该项目重复' FROM import_row r JOIN (
    SELECT sample_code, lower(analyte) AS analyte, min(line) AS first FROM import_row GROUP BY 1, 2 HAVING count(*) > 1) d
      ON d.sample_code = r.sample_code AND d.analyte = lower(r.analyte) AND r.line > d.first`;

const UNIQUE_VIOLATION = '23505';

/**
 * Imports a lab's or a county's delivery of samples and measurements: streamed (csv-parse or JSON lines) into a
 * temporary table with COPY, validated there in SQL, merged in the same transaction, with the outbox. Any rejected
 * line rejects the delivery: nothing is applied and every problem is reported. Memory stays flat.
 */
export async function importSamples(
  ds: DataSource,
  access: Access,
  input: Readable,
  format: 'csv' | 'ndjson',
  idempotencyKey: string,
  timeoutMs = 600_000,
): Promise<ImportReport> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  try {
    await client.query('BEGIN');
    // Lets the checks' hash tables and the merge's sorts stay in memory for a delivery of a million lines.
    await client.query(`SET LOCAL work_mem = '64MB'`);
    // A delivery of a million lines takes longer than a query may: its own bound replaces STATEMENT_TIMEOUT_MS.
    await client.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
    const claimed = await client.query(
      `INSERT INTO submission (principal_id, idempotency_key, operation, applied_at, result) VALUES ($1, $2, 'importSamples', $3, '{}')
       ON CONFLICT DO NOTHING RETURNING 1`,
      [access.principal.departmentId, idempotencyKey, access.now],
    );
    if (!claimed.rowCount) {
      await client.query('ROLLBACK');
      input.resume();
      const { rows } = await client.query(`SELECT result FROM submission WHERE principal_id = $1 AND idempotency_key = $2`, [
        access.principal.departmentId,
        idempotencyKey,
      ]);
      return { ...(rows[0].result as ImportReport), replayed: true };
    }
    // Lines are numbered by an identity column in the order COPY reads them; CSV's line 1 is its header.
    await client.query(
      `CREATE TEMP TABLE import_row (line int GENERATED ALWAYS AS IDENTITY (START WITH ${format === 'csv' ? 2 : 1}), ${SAMPLE_COLUMNS.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`,
    );
    await client.query(`CREATE TEMP TABLE import_error (line int, field text, message text) ON COMMIT DROP`);
    try {
      await copyRows(client, input, format);
    } catch (err) {
      throw asFormatError(err);
    }

    // COPY keeps spaces and empty strings; the checks and casts below want trimmed text or NULL.
    await client.query(`UPDATE import_row SET ${SAMPLE_COLUMNS.map((c) => `${c} = NULLIF(btrim(${c}), '')`).join(', ')}
      WHERE ${SAMPLE_COLUMNS.map((c) => `${c} <> btrim(${c}) OR ${c} = ''`).join(' OR ')}`);
    // A small statistics sample is enough for the plans below and costs a tenth of the default one.
    await client.query(`SET LOCAL default_statistics_target = 10`);
    await client.query('ANALYZE import_row');
    await client.query(VALIDATION, [chinaDate(access.now)]);
    const [{ lines }] = (await client.query(`SELECT count(*)::int AS lines FROM import_row`)).rows;
    const reject = async (): Promise<ImportReport> => {
      await client.query(CONFLICT_CHECKS);
      const [{ rejected }] = (await client.query(`SELECT count(DISTINCT line)::int AS rejected FROM import_error`)).rows;
      const errors = (await client.query(`SELECT line, field, message FROM import_error ORDER BY line, field LIMIT 1000`)).rows;
      const [{ samples }] = (await client.query(`SELECT count(DISTINCT sample_code)::int AS samples FROM import_row`)).rows;
      await client.query('ROLLBACK');
      return {
        applied: false,
        replayed: false,
        lines,
        samples,
        measurements: 0,
        rejectedLines: rejected,
        errors: lines === 0 ? [{ line: 0, field: '', message: '没有数据行' }] : errors,
      };
    };
    if (lines === 0 || (await client.query(`SELECT 1 FROM import_error LIMIT 1`)).rowCount) return await reject();
    const counties = (await client.query(`SELECT DISTINCT county_id FROM monitoring_point WHERE code IN (SELECT point_code FROM import_row)`)).rows.map(
      (r) => r.county_id as number,
    );
    access.authorise({ kind: 'submit', resource: 'SoilSample', counties });
    await client.query('SAVEPOINT merge');
    let measured: number;
    try {
      // The new samples, kept aside: the measurements and the feed join these, not the whole soil_sample table.
      // Ids follow the order of each sample's first line, and so does the feed.
      await client.query(`CREATE TEMP TABLE import_sample ON COMMIT DROP AS
        WITH inserted AS (
          INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source)
          SELECT r.sample_code, p.id, r.sampled_on::date, r.depth_top_cm::int, r.depth_bottom_cm::int, r.ph::numeric, 'submitted'
            FROM (SELECT min(line) AS line FROM import_row GROUP BY sample_code) f JOIN import_row r USING (line)
            JOIN monitoring_point p ON p.code = r.point_code ORDER BY r.line
          RETURNING *)
        SELECT * FROM inserted`);
      const inserted = await client.query(
        `INSERT INTO measurement (sample_id, analyte_id, value, unit, below_detection, source)
         SELECT s.id, a.id, r.value::numeric, r.unit, coalesce(lower(r.below_detection) IN ('true', '1'), false), 'submitted'
           FROM import_row r JOIN import_sample s ON s.code = r.sample_code JOIN analyte a ON lower(a.code) = lower(r.analyte)`,
      );
      measured = inserted.rowCount ?? 0;
    } catch (err) {
      if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
      await client.query('ROLLBACK TO SAVEPOINT merge');
      return await reject();
    }
    const outbox = await client.query(
      `INSERT INTO change_event (at, resource, record_id, op, county_id, changed_by, values)
       SELECT $1, 'SoilSample', s.id, 'insert', p.county_id, $2,
              jsonb_build_object('code', s.code, 'point', p.code, 'sampledOn', s.sampled_on, 'depthTopCm', s.depth_top_cm, 'depthBottomCm', s.depth_bottom_cm, 'ph', s.ph)
         FROM import_sample s JOIN monitoring_point p ON p.id = s.point_id ORDER BY s.id`,
      [access.now, access.principal.departmentId],
    );
    const samples = outbox.rowCount ?? 0;
    await client.query(`SELECT pg_notify($1, '')`, [CHANGE_CHANNEL]);
    const report: ImportReport = { applied: true, replayed: false, lines, samples, measurements: measured, rejectedLines: 0, errors: [] };
    await client.query(`UPDATE submission SET result = $3 WHERE principal_id = $1 AND idempotency_key = $2`, [
      access.principal.departmentId,
      idempotencyKey,
      report,
    ]);
    await client.query('COMMIT');
    return report;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await runner.release();
  }
}

/** Streams the delivery into `import_row` with COPY: CSV checked against the expected header first. */
async function copyRows(client: PoolClient, input: Readable, format: 'csv' | 'ndjson'): Promise<void> {
  if (format === 'csv') {
    const splitter = headerSplitter();
    const body = new PassThrough();
    const reading = pipeline(input, splitter.stream, body);
    let columns: string[];
    try {
      columns = await splitter.columns;
    } catch (err) {
      await reading.catch(() => undefined);
      throw err;
    }
    const missing = SAMPLE_COLUMNS.filter((c) => !columns.includes(c));
    const unknown = columns.filter((c) => !(SAMPLE_COLUMNS as readonly string[]).includes(c));
    const repeated = [...new Set(columns.filter((c, i) => columns.indexOf(c) !== i))];
    if (missing.length || unknown.length || repeated.length) {
      body.resume();
      await reading.catch(() => undefined);
      const problems = [
        missing.length ? `缺少列：${missing.join(', ')}` : '',
        unknown.length ? `多出未知列：${unknown.join(', ')}` : '',
        repeated.length ? `重复列：${repeated.join(', ')}` : '',
      ].filter(Boolean);
      throw formatError(`CSV 表头${problems.join('；')}`);
    }
    await Promise.all([reading, pipeline(body, client.query(copyFrom(`COPY import_row (${columns.join(', ')}) FROM STDIN (FORMAT csv)`)))]);
  } else {
    await pipeline(input, ndjsonRows(), toCopyLines(), client.query(copyFrom(`COPY import_row (${SAMPLE_COLUMNS.join(', ')}) FROM STDIN`)));
  }
}
