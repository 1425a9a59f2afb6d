import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { ErrorCode } from '../../../graphql/error-codes';
import { ERROR_CODES } from '../../../graphql/error-codes';
import { OperationError, type OperationReader } from '../../../graphql/operation-reader';
import { sendError } from '../../../http/error-response';
import { openCatalog, sharedCatalog } from './catalog-document';
import { writeCatalogCsv } from './catalog-csv';
import { toDcat, type DcatOptions, type ResourceDownloads } from './dcat';

export interface CatalogExportDeps {
  /** Authenticates a department (key or JWT), as for /graphql. */
  door: RequestHandler;
  /** The department API for an authenticated request (audited like any query). */
  departmentReader: (req: Request, res: Response) => OperationReader;
  publicReader: (req: Request) => OperationReader;
  downloads: Record<string, ResourceDownloads>;
  label: DcatOptions['label'];
}

/**
 * `GET /catalog.jsonld` (DCAT-AP 3) and `GET /catalog.csv`: with a department's key, the 共享目录; without one, the
 * 开放目录. Other catalogs (a CKAN harvester, the provincial 目录 system) take the catalog from here.
 */
export function catalogExportRouter(deps: CatalogExportDeps): Router {
  const router = express.Router();
  const authenticated: RequestHandler = (req, res, next) => (req.headers.authorization ? deps.door(req, res, next) : next());
  const documentOf = (req: Request, res: Response) =>
    req.headers.authorization ? sharedCatalog(deps.departmentReader(req, res)) : openCatalog(deps.publicReader(req));
  const handle =
    (send: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res, next) => {
      send(req, res).catch((err: unknown) => {
        const code = err instanceof OperationError ? (err.code as ErrorCode) : undefined;
        if (code && ERROR_CODES[code] && !res.headersSent) return sendError(res, code, err instanceof Error ? err.message : String(err));
        next(err);
      });
    };
  router.get(
    '/catalog.jsonld',
    authenticated,
    handle(async (req, res) => {
      const doc = await documentOf(req, res);
      res.set('Vary', 'Authorization');
      res.type('application/ld+json; charset=utf-8').send(JSON.stringify(toDcat(doc, { base: `${req.protocol}://${req.get('host')}`, ...deps })));
    }),
  );
  router.get(
    '/catalog.csv',
    authenticated,
    handle(async (req, res) => {
      const doc = await documentOf(req, res);
      res.set('Vary', 'Authorization');
      res.attachment(doc.scope === 'shared' ? '资源共享目录.csv' : '信息开放目录.csv');
      res.type('text/csv; charset=utf-8');
      writeCatalogCsv(doc, deps.label, res);
    }),
  );
  return router;
}
