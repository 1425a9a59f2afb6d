import path from 'node:path';
import express, { type Router } from 'express';

/** Folder of an installed package (resolution only). */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

const ASSETS = '/assets/graphiql';

/**
 * GraphiQL served from this hub's own node_modules: department networks are offline, so nothing
 * may come from a CDN.
 */
export function graphiqlRouter(): Router {
  const router = express.Router();
  // A Map, not an object literal: a name like "constructor" must not find an inherited property.
  const files = new Map([
    ['react.js', path.join(packageDir('react'), 'umd', 'react.production.min.js')],
    ['react-dom.js', path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js')],
    ['graphiql.js', path.join(packageDir('graphiql'), 'dist', 'index.umd.js')],
    ['graphiql.css', path.join(packageDir('graphiql'), 'dist', 'style.css')],
  ]);
  router.get(`${ASSETS}/:file`, (req, res, next) => {
    const file = files.get(req.params.file);
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d', immutable: true });
  });
  return router;
}

/** The page itself; `endpoint` is the GraphQL path it talks to. */
export function graphiqlHtml(endpoint: string, title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${ASSETS}/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL…</div>
<script src="${ASSETS}/react.js"></script>
<script src="${ASSETS}/react-dom.js"></script>
<script src="${ASSETS}/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  const defaultQuery = '# 廊坊市土壤环境信息共享平台 soilhub\\n{\\n  counties { totalCount nodes { code name } }\\n}\\n';
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    // The key goes in the Headers tab; it is not stored by the page.
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      defaultHeaders: '{\n  "Authorization": "Bearer 在此填入部门应用密钥"\n}',
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
</script>
</body>
</html>`;
}
