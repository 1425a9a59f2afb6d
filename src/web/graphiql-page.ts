import path from 'node:path';
import express, { type Router } from 'express';
import { packageRoot } from './package-root';

const ASSETS = '/assets/graphiql';
const OWN_DIR = path.join(packageRoot(__dirname), 'web', 'graphiql');

/** The two GraphiQL pages: a department's (asks for its key) and the public's (anonymous). */
export type GraphiqlFace = 'department' | 'public';

const FACES: Record<GraphiqlFace, { endpoint: string; title: string }> = {
  department: { endpoint: '/graphql', title: 'GraphQL 查询（部门）· 廊坊市土壤环境信息共享平台' },
  public: { endpoint: '/public/graphql', title: '土壤环境信息公开 GraphQL 查询 · 廊坊市土壤环境信息共享平台' },
};

/**
 * Only the hub's own scripts and API. GraphiQL's editors set inline styles and its stylesheet embeds fonts
 * and icons as data URLs; nothing else is allowed, so a page of the hub cannot load or send anything elsewhere.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Folder of an installed package (resolution only). */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/**
 * GraphiQL served from this hub's own node_modules and `web/graphiql/`: department networks are offline,
 * so nothing may come from a CDN.
 */
export function graphiqlRouter(): Router {
  const router = express.Router();
  // A Map, not an object literal: a name like "constructor" must not find an inherited property.
  const files = new Map([
    ['react.js', path.join(packageDir('react'), 'umd', 'react.production.min.js')],
    ['react-dom.js', path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js')],
    ['graphiql.js', path.join(packageDir('graphiql'), 'dist', 'index.umd.js')],
    ['graphiql.css', path.join(packageDir('graphiql'), 'dist', 'style.css')],
    ['page.js', path.join(OWN_DIR, 'page.js')],
    ['page.css', path.join(OWN_DIR, 'page.css')],
  ]);
  router.get(`${ASSETS}/:file`, (req, res, next) => {
    const file = files.get(req.params.file);
    if (!file) return next();
    res.set('X-Content-Type-Options', 'nosniff');
    // The vendor files' URLs name no version and the page's own change with each release: revalidated by ETag.
    res.sendFile(file, { maxAge: 0 });
  });
  return router;
}

/** Sends one face's page, with its security policy. */
export function sendGraphiql(res: express.Response, face: GraphiqlFace): void {
  res.set({ 'Content-Security-Policy': GRAPHIQL_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
  res.type('html').send(graphiqlHtml(face));
}

/** The page: a static shell; `web/graphiql/page.js` reads its face and endpoint from the root's data attributes. */
export function graphiqlHtml(face: GraphiqlFace): string {
  const { endpoint, title } = FACES[face];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/assets/catalog/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${ASSETS}/graphiql.css">
<link rel="stylesheet" href="${ASSETS}/page.css">
</head>
<body>
<div id="soilhub-graphiql" data-face="${face}" data-endpoint="${endpoint}"><p class="loading">正在加载 GraphiQL…</p></div>
<noscript><p class="loading">GraphiQL 需要启用 JavaScript。也可直接向 ${endpoint} 发送 POST 请求（JSON：{"query": "…"}）。</p></noscript>
<script src="${ASSETS}/react.js"></script>
<script src="${ASSETS}/react-dom.js"></script>
<script src="${ASSETS}/graphiql.js"></script>
<script src="${ASSETS}/page.js"></script>
</body>
</html>`;
}
