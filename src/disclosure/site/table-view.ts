import type { Request } from 'express';
import type { Column, Page } from '../../http/table-download';
import { html, type Markup } from './page-layout';
import { linkWith } from './query-params';

/** A table with a caption, headings for screen readers, and links to the next and first page when paged. */
export function tableView<R>(req: Request, caption: string, columns: Column<R>[], page: Page<R>, empty: string): Markup {
  if (!page.nodes.length) return html`<p class="empty">${empty}</p>`;
  const value = (c: Column<R>, row: R) => {
    const v = c.text(row);
    return typeof v === 'boolean' ? (v ? '是' : '否') : v;
  };
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${caption}>
      <table>
        <caption>
          ${caption}${page.totalCount != null ? `（共 ${page.totalCount} 条）` : ''}
        </caption>
        <thead>
          <tr>
            ${columns.map((c) => html`<th scope="col">${c.header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${page.nodes.map(
            (row) =>
              html`<tr>
                ${columns.map((c, i) => (i === 0 ? html`<th scope="row">${value(c, row)}</th>` : html`<td>${value(c, row)}</td>`))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      page.pageInfo && (page.pageInfo.hasNextPage || req.query.after)
        ? html`<nav class="pager" aria-label="翻页">
          ${req.query.after ? html`<a href=${linkWith(req, { after: undefined })}>第一页</a>` : null}
          ${
            page.pageInfo.hasNextPage && page.pageInfo.endCursor
              ? html`<a rel="next" href=${linkWith(req, { after: page.pageInfo.endCursor })}>下一页</a>`
              : null
          }
        </nav>`
        : null
    }`;
}

/** The download links of a table, keeping the page's filters. */
export function downloads(path: string, kinds: ('csv' | 'geojson')[], keep: Record<string, string | undefined>): Markup {
  const query = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const names = { csv: '下载 CSV（表格）', geojson: '下载 GeoJSON（含空间范围）' };
  return html`<p class="downloads">
    ${kinds.map((k) => html`<a class="download" href=${`${path}.${k}${query ? `?${query}` : ''}`} download>${names[k]}</a>`)}
  </p>`;
}
