import path from 'node:path';
import express, { type Router } from 'express';
import { packageRoot } from './package-root';

const ASSETS = '/assets/catalog';

/** The page's own browser modules, in `web/catalog/` at the package root. */
export const CATALOG_ASSET_DIR = path.join(packageRoot(__dirname), 'web', 'catalog');

/** Only the hub's own scripts, styles and API: no inline code, nothing from another origin. */
export const CATALOG_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * 资源共享目录网页: a static shell and native ES modules (Preact + htm from this hub's node_modules,
 * no bundler, no CDN: department networks are offline). The page talks to the hub only through
 * /graphql and /public/graphql.
 */
export function catalogRouter(): Router {
  // strict: `/catalog` and `/catalog/` are different routes, so the first can redirect to the second and
  // the page has one address.
  const router = express.Router({ strict: true });
  const vendor = new Map([
    ['preact.mjs', distFile('preact', 'preact.mjs')],
    ['preact.mjs.map', distFile('preact', 'preact.mjs.map')],
    ['htm.mjs', distFile('htm', 'htm.mjs')],
  ]);

  router.get('/catalog', (_req, res) => res.redirect(301, '/catalog/'));
  router.get('/catalog/', (_req, res) => {
    res.set({ 'Content-Security-Policy': CATALOG_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    res.type('html').send(CATALOG_HTML);
  });
  router.get(`${ASSETS}/vendor/:file`, (req, res, next) => {
    const file = vendor.get(req.params.file);
    if (!file) return next();
    res.set('X-Content-Type-Options', 'nosniff');
    // Their URLs name no version, so they are revalidated (max-age=0, ETag) like the page's own modules: an
    // upgraded Preact or htm is never served stale beside modules written for it.
    res.sendFile(file);
  });
  // The page's own modules change with each release of the hub: revalidated by ETag, never stale.
  router.use(
    ASSETS,
    express.static(CATALOG_ASSET_DIR, {
      index: false,
      redirect: false,
      maxAge: 0,
      setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff'),
    }),
  );
  return router;
}

const CATALOG_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>资源共享目录 · 廊坊市土壤环境信息共享平台</title>
<link rel="icon" href="${ASSETS}/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${ASSETS}/catalog.css">
<script type="module" src="${ASSETS}/main.js"></script>
</head>
<body>
<div id="app"><p class="loading">正在加载资源共享目录…</p></div>
<noscript><p class="loading">本页需要启用 JavaScript。也可直接使用 GraphQL 接口：部门 /graphql，公众 /public/graphql。</p></noscript>
</body>
</html>
`;

/** A file beside an installed package's main entry (its dist/ folder; htm exports no package.json). */
function distFile(name: string, file: string): string {
  return path.join(path.dirname(require.resolve(name)), file);
}
