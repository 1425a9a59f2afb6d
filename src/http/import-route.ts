import { PassThrough, type Readable } from 'node:stream';
import express, { type RequestHandler, type Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AuditWriter } from '../audit/audit-writer';
import { ErrorCode } from '../graphql/error-codes';
import { knownError } from '../graphql/known-errors';
import type { CatalogStore } from '../sharing/catalog/catalog-snapshot';
import { Access } from '../sharing/policy/access';
import type { Policy } from '../sharing/policy/policy';
import { importSamples } from '../submission/sample-import';
import { principalOf } from './authenticate-request';
import { sendError, sendHubError } from './error-response';
import { requestLog } from './request-log';

const FORMATS: Record<string, 'csv' | 'ndjson'> = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson', 'application/jsonl': 'ndjson' };

/**
 * `POST /import/samples`: a delivery of samples and measurements as CSV or JSON lines, streamed, all or nothing,
 * applied once per `Idempotency-Key`. 200 with the report when applied, 422 with every rejected line otherwise.
 */
export function importRouter(deps: {
  db: DataSource;
  timeoutMs: number;
  catalog: CatalogStore;
  policy: Policy;
  clock: () => Date;
  door: RequestHandler;
  audit: AuditWriter;
}): Router {
  const router = express.Router();
  router.post('/import/samples', deps.door, async (req, res) => {
    const started = Date.now();
    const now = deps.clock();
    const principal = principalOf(res);
    const key = String(req.headers['idempotency-key'] ?? '');
    const audit = (outcome: 'ok' | 'refused', detail: Record<string, unknown>) =>
      deps.audit.append({
        at: now,
        kind: 'import',
        requestId: String(req.id),
        principalId: principal.departmentId,
        keyId: principal.keyId,
        operationName: 'importSamples',
        operationHash: null,
        purpose: null,
        released: {},
        denied: [],
        grantsUsed: [],
        outcome,
        durationMs: Date.now() - started,
        detail: { idempotencyKey: key, ...detail },
      });
    try {
      const format = FORMATS[(req.headers['content-type'] ?? '').split(';')[0].trim()];
      if (!format) return sendError(res, ErrorCode.UNSUPPORTED_MEDIA_TYPE, '请以 text/csv 或 application/x-ndjson 提交 (unsupported media type)');
      if (!/^[\w.:-]{8,128}$/.test(key))
        return sendError(res, ErrorCode.BAD_REQUEST, '请在 Idempotency-Key 请求头中给出 8–128 位幂等键 (missing Idempotency-Key)');
      const report = await withinTimeout(req, res, deps.timeoutMs, (input) =>
        importSamples(deps.db, new Access(deps.policy, principal, deps.catalog.snapshot, now), input, format, key, deps.timeoutMs),
      );
      await audit(report.applied ? 'ok' : 'refused', { format, ...report, errors: report.errors.slice(0, 20) });
      if (!res.headersSent) res.status(report.applied || report.replayed ? 200 : 422).json(report);
    } catch (err) {
      const known = knownError(err);
      if (res.headersSent) {
        requestLog(req).warn({ err }, 'import ended after its timeout answered; rolled back');
      } else if (known) {
        // A refusal of rights is on the record like a refused query; format errors are the caller's alone.
        if (known.code === ErrorCode.FORBIDDEN) await audit('refused', { reason: known.extensions.reason, message: known.message });
        sendHubError(res, known);
      } else if (req.destroyed || (err as NodeJS.ErrnoException).code === 'ECONNRESET' || (err as Error).message === 'aborted') {
        requestLog(req).warn({ err }, 'import aborted by the client; rolled back');
      } else {
        requestLog(req).error({ err }, 'import failed');
        sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, '导入失败，未作任何修改 (import failed)');
      }
    }
  });
  return router;
}

/**
 * IMPORT_TIMEOUT_MS bounds the whole request, a client that stops sending included: when it fires the client
 * gets 503 REQUEST_TIMEOUT and the import's input fails, so its transaction rolls back.
 */
async function withinTimeout<T>(req: express.Request, res: express.Response, timeoutMs: number, run: (input: Readable) => Promise<T>): Promise<T> {
  const input = new PassThrough();
  req.pipe(input);
  // A client that breaks off fails the import as reading the request itself would (the claim is rolled back).
  req.on('error', (err) => input.destroy(err));
  req.on('close', () => {
    if (!req.complete) input.destroy(new Error('aborted'));
  });
  const timer = setTimeout(() => {
    res.setHeader('Connection', 'close');
    sendError(res, ErrorCode.REQUEST_TIMEOUT, `导入超过 ${Math.round(timeoutMs / 1000)} 秒未完成，未作任何修改 (import timeout)`);
    req.unpipe(input);
    input.destroy(new Error('import timeout'));
  }, timeoutMs);
  try {
    return await run(input);
  } finally {
    clearTimeout(timer);
  }
}
