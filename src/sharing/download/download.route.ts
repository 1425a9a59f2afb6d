import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { chinaDate } from '../../common/china-date';
import { ERROR_CODES, ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { OperationError, type OperationReader } from '../../graphql/operation-reader';
import { sendError, sendHubError } from '../../http/error-response';
import { sendCsv, sendGeoJson, sendXlsx } from '../../http/table-download';
import type { Access } from '../policy/access';
import { resourceListing } from './resource-listing';

export interface DownloadDeps {
  /** Authenticates a department (key or JWT), as for /graphql. */
  door: RequestHandler;
  db: DataSource;
  schema: GraphQLSchema;
  /** The rights of an authenticated request (with its X-Purpose), as a query of it would have them. */
  accessOf: (req: Request, res: Response) => Access;
  /** The department API for that request; county-limited grants' out-of-scope values come back empty. */
  readerOf: (req: Request, res: Response) => OperationReader;
  enumLabel: (enumName: string, value: string) => string;
  pageSize: number;
  clock: () => Date;
}

const SENDERS = { csv: sendCsv, geojson: sendGeoJson, xlsx: sendXlsx };

/**
 * 共享方式 · 文件下载: `GET /download/<资源代码>.csv|.geojson|.xlsx[?county=…]`, with a department's key (and
 * `X-Purpose` where a grant asks for one). The file holds what this department may read through the API, and only
 * that: the columns are the items the policy engine releases to it, the rows those its row scope allows (a county
 * government gets its county), each page read as a query and audited as one.
 */
export function downloadRouter(deps: DownloadDeps): Router {
  const router = express.Router();
  router.get('/download/:file', deps.door, (req, res, next) => {
    download(deps, req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy(err instanceof Error ? err : undefined);
      if (err instanceof HubError) return sendHubError(res, err);
      if (err instanceof OperationError && ERROR_CODES[err.code as ErrorCode]) {
        const { code: _code, ...extensions } = err.error.extensions ?? {};
        return sendError(res, err.code as ErrorCode, err.message, extensions);
      }
      next(err);
    });
  });
  return router;
}

async function download(deps: DownloadDeps, req: Request, res: Response): Promise<void> {
  const file = String(req.params.file);
  const dot = file.lastIndexOf('.');
  const code = file.slice(0, dot);
  const format = file.slice(dot + 1) as keyof typeof SENDERS;
  if (dot < 0 || !SENDERS[format]) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `文件格式应为 csv、geojson 或 xlsx，如 /download/LF.02.0004.csv，而不是“${file}”`, {
      details: { argument: 'file' },
    });
  }
  const access = deps.accessOf(req, res);
  const resource = [...access.catalog.byId.values()].find((r) => r.code === code);
  if (!resource) throw new HubError(ErrorCode.NOT_FOUND, `资源共享目录中没有代码为 ${code} 的资源`, { details: { argument: 'file' } });
  await access.prepare(
    deps.db,
    [...resource.items.keys()].map((f) => [resource.typeName, f] as [string, string]),
  );
  const found = resourceListing(deps.schema, resource, (type, field) => access.decide(type, field).allowed, deps.enumLabel);
  if (!found) throw new HubError(ErrorCode.NOT_FOUND, `${resource.name}（${code}）没有独立的记录列表（按调用计算，或经所属记录查询）：请通过接口查询`);
  const { listing, counties } = found;
  if (!listing.columns.length) {
    throw new HubError(ErrorCode.FORBIDDEN, `本部门无权读取${resource.name}（${code}）的任何信息项：可在资源共享目录中申请`, { reason: 'NO_GRANT' });
  }
  if (format === 'geojson' && !listing.geometry) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `${resource.name}没有本部门可读的空间信息：请下载 CSV 或 XLSX`, { details: { argument: 'file' } });
  }
  const county = typeof req.query.county === 'string' && req.query.county ? req.query.county : undefined;
  if (county && !counties) throw new HubError(ErrorCode.BAD_USER_INPUT, `${resource.name}不按县筛选`, { details: { argument: 'county' } });
  await SENDERS[format](res, listing, listing.columns, deps.readerOf(req, res), { county }, deps.pageSize, chinaDate(deps.clock()));
}
