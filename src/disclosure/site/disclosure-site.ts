import path from 'node:path';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { ERROR_CODES, ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { sendError } from '../../http/error-response';
import { packageRoot } from '../../web/package-root';
import { enterpriseDownload, enterprisesPage, ENTERPRISES_PATH } from './enterprises.page';
import { mapPage, MAP_PATH, pointDownload, POINTS_PATH } from './map.page';
import { html, SECTIONS, sendPage, sendPageError, SITE_ASSETS } from './page-layout';
import { OperationError } from '../../graphql/operation-reader';
import { EVALUATIONS_PATH, remediationDownload, remediationPage, REMEDIATION_PATH } from './remediation.page';
import { registerDownload, registerPage, REGISTER_PATH } from './site-register.page';
import type { SiteDeps } from './site-deps';
import type { ResourceDownloads } from '../../sharing/catalog/export/dcat';
import { soilQualityPage, SOIL_QUALITY_PATH, summaryDownload } from './soil-quality.page';
import { targetsPage, TARGETS_PATH } from './targets.page';

const ASSET_DIR = path.join(packageRoot(__dirname), 'web', 'disclosure');

const CSV = 'text/csv';
const GEOJSON = 'application/geo+json';

/** The files each resource is published as, for the catalog's exports (DCAT distributions). */
export const PUBLISHED_FILES: Record<string, ResourceDownloads> = {
  ContaminatedSite: {
    page: REGISTER_PATH,
    files: [
      { path: `${REGISTER_PATH}.csv`, mediaType: CSV },
      { path: `${REGISTER_PATH}.geojson`, mediaType: GEOJSON },
    ],
  },
  MonitoringPoint: {
    page: MAP_PATH,
    files: [
      { path: `${POINTS_PATH}.csv`, mediaType: CSV },
      { path: `${POINTS_PATH}.geojson`, mediaType: GEOJSON },
    ],
  },
  SoilQualitySummary: { page: SOIL_QUALITY_PATH, files: [{ path: `${SOIL_QUALITY_PATH}.csv`, mediaType: CSV }] },
  KeyEnterprise: { page: ENTERPRISES_PATH, files: [{ path: `${ENTERPRISES_PATH}.csv`, mediaType: CSV }] },
  RemediationProject: { page: REMEDIATION_PATH, files: [{ path: `${REMEDIATION_PATH}.csv`, mediaType: CSV }] },
  SiteAssessmentReport: { page: REMEDIATION_PATH, files: [{ path: `${EVALUATIONS_PATH}.csv`, mediaType: CSV }] },
  PlanTarget: { page: TARGETS_PATH, files: [] },
  CountyAssessment: { page: TARGETS_PATH, files: [] },
};

const SUMMARIES: Record<string, string> = {
  [REGISTER_PATH]: '列入名录的污染地块、状态、风险等级、不得用于的规划用途和名录变化。',
  [SOIL_QUALITY_PATH]: '农用地土壤重金属等项目超筛选值比例，按县（市、区）和年度。',
  [MAP_PATH]: '污染地块管控区域和土壤环境监测点位的分布示意图。',
  [ENTERPRISES_PATH]: '土壤环境重点监管企业、环保信用评价和自行监测结果。',
  [REMEDIATION_PATH]: '治理与修复工程的进展和效果评估结果。',
  [TARGETS_PATH]: '工作方案主要指标的完成情况和各县年度考核结果。',
};

/** Why the page or file could not be made, with the status the API would answer with. */
function failure(err: unknown): { status: number; code: ErrorCode; message: string; extensions: Record<string, unknown> } | undefined {
  const error = err instanceof HubError ? { message: err.message, extensions: err.extensions } : err instanceof OperationError ? err.error : undefined;
  const { code, http: _http, ...extensions } = (error?.extensions ?? {}) as Record<string, unknown>;
  const known = ERROR_CODES[code as ErrorCode];
  return error && known ? { status: known.status, code: code as ErrorCode, message: error.message, extensions } : undefined;
}

/** A page: a refusal or a bad filter is shown on a page of its own; anything else is the hub's error handler's. */
const page =
  (section: string, handler: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    handler(req, res).catch((err: unknown) => {
      const known = failure(err);
      if (!known) return next(err);
      sendPageError(res, known.status, section, known.message);
    });
  };

/** A download: errors before the first byte answer as the API does (code and status); after it, the file is cut. */
const download =
  (handler: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    handler(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy(err instanceof Error ? err : undefined);
        return;
      }
      const known = failure(err);
      if (!known) return next(err);
      sendError(res, known.code, known.message, known.extensions);
    });
  };

/**
 * 信息公开 (第（四十二）条) as web pages: plain HTML from the server, one real address per page, each table also as CSV
 * (and GeoJSON where it has geometry). Everything is read through the public API (`SiteDeps.read`), so the pages
 * disclose exactly what /public/graphql does.
 */
export function disclosureSite(deps: SiteDeps): Router {
  const router = express.Router({ strict: true });
  router.get('/disclosure', (_req, res) => res.redirect(301, '/disclosure/'));
  router.get('/disclosure/', (_req, res) =>
    sendPage(res, {
      title: '土壤环境信息公开',
      path: '/disclosure/',
      body: html`<p class="lead">
          依据《廊坊市土壤污染防治工作方案》第（四十二）条，公开污染地块名录、土壤环境质量、重点监管企业自行监测、治理修复和效果评估结果，
          以及工作目标的完成和考核情况。各表均可下载。
        </p>
        <ul class="sections">
          ${SECTIONS.map(
            (s) =>
              html`<li>
                <a href=${s.path}>${s.title}</a>
                <p>${SUMMARIES[s.path]}</p>
              </li>`,
          )}
        </ul>`,
    }),
  );
  router.get(REGISTER_PATH, page(REGISTER_PATH, registerPage(deps)));
  router.get(`${REGISTER_PATH}.csv`, download(registerDownload(deps, 'csv')));
  router.get(`${REGISTER_PATH}.geojson`, download(registerDownload(deps, 'geojson')));
  router.get(SOIL_QUALITY_PATH, page(SOIL_QUALITY_PATH, soilQualityPage(deps)));
  router.get(`${SOIL_QUALITY_PATH}.csv`, download(summaryDownload(deps)));
  router.get(MAP_PATH, page(MAP_PATH, mapPage(deps)));
  router.get(`${POINTS_PATH}.csv`, download(pointDownload(deps, 'csv')));
  router.get(`${POINTS_PATH}.geojson`, download(pointDownload(deps, 'geojson')));
  router.get(ENTERPRISES_PATH, page(ENTERPRISES_PATH, enterprisesPage(deps)));
  router.get(`${ENTERPRISES_PATH}.csv`, download(enterpriseDownload(deps)));
  router.get(REMEDIATION_PATH, page(REMEDIATION_PATH, remediationPage(deps)));
  router.get(`${REMEDIATION_PATH}.csv`, download(remediationDownload(deps, 'projects')));
  router.get(`${EVALUATIONS_PATH}.csv`, download(remediationDownload(deps, 'evaluations')));
  router.get(TARGETS_PATH, page(TARGETS_PATH, targetsPage(deps)));
  router.use(
    SITE_ASSETS,
    express.static(ASSET_DIR, {
      index: false,
      redirect: false,
      maxAge: 0,
      setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff'),
    }),
  );
  router.use('/disclosure/', (_req, res) => sendPageError(res, 404, '/disclosure/', '没有这个页面。'));
  return router;
}
