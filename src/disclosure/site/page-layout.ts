import type { Response } from 'express';
import htm from 'htm';
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** htm over Preact's h, rendered on the server: values are escaped by the renderer, never concatenated. */
export const html = htm.bind(h);

export type Markup = VNode | VNode[] | string | null;

export const SITE_ASSETS = '/assets/disclosure';

/** No script at all: the pages are plain HTML and forms, readable without JavaScript and by screen readers. */
export const SITE_CSP = ["default-src 'none'", "style-src 'self'", "img-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"].join(
  '; ',
);

/** The sections of the disclosure site, in the order of the plan's 第（四十二）条. */
export const SECTIONS = [
  { path: '/disclosure/sites', title: '污染地块名录' },
  { path: '/disclosure/soil-quality', title: '土壤环境质量' },
  { path: '/disclosure/map', title: '地块与点位分布图' },
  { path: '/disclosure/enterprises', title: '重点监管企业' },
  { path: '/disclosure/remediation', title: '治理修复与效果评估' },
  { path: '/disclosure/targets', title: '工作目标与年度考核' },
];

export const SITE_NAME = '廊坊市土壤环境信息公开';

export interface PageContent {
  /** The page's own name: its <title> and heading. */
  title: string;
  /** The section the page belongs to, marked in the navigation. */
  path: string;
  body: Markup;
  status?: number;
}

export function sendPage(res: Response, { title, path, body, status = 200 }: PageContent): void {
  const page = html`<html lang="zh-CN">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · ${SITE_NAME}</title>
      <link rel="icon" href="${SITE_ASSETS}/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href="${SITE_ASSETS}/site.css" />
    </head>
    <body>
      <a class="skip" href="#main">跳到正文</a>
      <header class="masthead">
        <a class="site-name" href="/disclosure/">${SITE_NAME}</a>
        <nav aria-label="栏目">
          <ul>
            ${SECTIONS.map((s) => html`<li><a href=${s.path} aria-current=${s.path === path ? 'page' : undefined}>${s.title}</a></li>`)}
          </ul>
        </nav>
      </header>
      <main id="main">
        <h1>${title}</h1>
        ${body}
      </main>
      <footer>
        <p>
          依据《廊坊市土壤污染防治工作方案》第（四十二）条公开。本站内容与平台公开数据接口一致，按资源共享目录的公开方式脱敏或泛化；
          标为“合成数据”的记录仅供演示，不是实测值。
        </p>
        <p><a href="/catalog/">资源共享目录</a> · 开发者接口 /public/graphql</p>
      </footer>
    </body>
  </html>`;
  res.status(status);
  res.set({ 'Content-Security-Policy': SITE_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
  res.type('html').send(`<!doctype html>\n${renderToString(page as VNode)}`);
}

/** A page that could not be shown: what went wrong, in the visitor's words, and the way back. */
export function sendPageError(res: Response, status: number, path: string, message: string): void {
  sendPage(res, {
    status,
    path,
    title: status >= 500 ? '暂时无法显示' : '无法显示',
    body: html`<p class="error" role="alert">${message}</p>
      <p><a href=${path}>返回</a></p>`,
  });
}
