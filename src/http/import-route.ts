import { CsvError } from 'csv-parse';
import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AuditWriter } from '../audit/audit-writer';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import type { CatalogStore } from '../sharing/catalog/catalog-snapshot';
import { authenticate } from '../sharing/identity/api-keys';
import type { JwtVerifier } from '../sharing/identity/jwt-verifier';
import { ImportFormatError, importSamples } from '../submission/sample-import';
import { sendError } from './error-response';

const FORMATS: Record<string, 'csv' | 'ndjson'> = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson', 'application/jsonl': 'ndjson' };

/**
 * `POST /import/samples`: a delivery of samples and measurements as CSV or JSON lines, streamed, all or nothing,
 * applied once per `Idempotency-Key`. 200 with the report when applied, 422 with every rejected line otherwise.
 */
export function importRouter(deps: { db: DataSource; timeoutMs: number; catalog: CatalogStore; clock: () => Date; jwt?: JwtVerifier; audit: AuditWriter }): Router {
  const router = express.Router();
  router.post('/import/samples', async (req, res) => {
    const started = Date.now();
    try {
      const now = deps.clock();
      const principal = await authenticate(deps.db, req.headers.authorization, now, deps.jwt);
      const format = FORMATS[(req.headers['content-type'] ?? '').split(';')[0].trim()];
      if (!format) return sendError(res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, '请以 text/csv 或 application/x-ndjson 提交 (unsupported media type)');
      const key = String(req.headers['idempotency-key'] ?? '');
      if (!/^[\w.:-]{8,128}$/.test(key)) return sendError(res, 400, ErrorCode.BAD_REQUEST, '请在 Idempotency-Key 请求头中给出 8–128 位幂等键 (missing Idempotency-Key)');
      const report = await importSamples(deps.db, { catalog: deps.catalog.snapshot, principal, now }, req, format, key, deps.timeoutMs);
      await deps.audit.append({
        at: now, kind: 'import', requestId: String(req.id), principalId: principal.departmentId, keyId: principal.keyId, operationName: 'importSamples',
        operationHash: null, purpose: null, released: {}, denied: [], grantsUsed: [], outcome: report.applied ? 'ok' : 'refused',
        durationMs: Date.now() - started, detail: { idempotencyKey: key, format, ...report, errors: report.errors.slice(0, 20) },
      });
      res.status(report.applied || report.replayed ? 200 : 422).json(report);
    } catch (err) {
      if (err instanceof HubError) {
        const status = (err.extensions.http as { status?: number } | undefined)?.status ?? (err.code === ErrorCode.FORBIDDEN ? 403 : 400);
        res.status(status).json({ errors: [{ message: err.message, extensions: { ...err.extensions, http: undefined } }] });
      } else if (err instanceof CsvError || err instanceof ImportFormatError || (err as Error).name === 'CsvError') {
        sendError(res, 400, ErrorCode.BAD_REQUEST, `文件格式错误，未作任何修改：${(err as Error).message}`);
      } else if (/^22/.test((err as { code?: string }).code ?? '')) {
        // PostgreSQL's CSV parser refused the file (unterminated quote, too many columns …): it names the line.
        const where = (err as { where?: string }).where ?? '';
        sendError(res, 400, ErrorCode.BAD_REQUEST, `文件格式错误，未作任何修改：${(err as Error).message} ${where}`.trim());
      } else if (req.destroyed || (err as NodeJS.ErrnoException).code === 'ECONNRESET' || (err as Error).message === 'aborted') {
        req.log?.warn({ err }, 'import aborted by the client; rolled back');
      } else {
        req.log?.error({ err }, 'import failed');
        sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, '导入失败，未作任何修改 (import failed)');
      }
    }
  });
  return router;
}
