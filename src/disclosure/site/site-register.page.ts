import type { Request, Response } from 'express';
import { useCodeName } from '../../planning/use-code';
import type { Listing } from '../../http/table-download';
import { columnsOf, sendCsv, sendGeoJson } from '../../http/table-download';
import { html, sendPage } from './page-layout';
import { dateParam, oneOf, param } from './query-params';
import type { SiteDeps } from './site-deps';
import { downloads, tableView } from './table-view';
import { countyOptions, countySelect, enumSelect } from './filter-fields';

export const REGISTER_PATH = '/disclosure/sites';

/** The statuses the public sees: the register, not the suspected list still under investigation. */
const STATUSES = ['REGISTERED', 'UNDER_CONTROL', 'UNDER_REMEDIATION', 'REMOVED'];
const PAGE_SIZE = 50;

interface SiteRow {
  code: string;
  name: string;
  status: string;
  riskLevel: string | null;
  areaM2: number | null;
  formerIndustry: string | null;
  landUseHolder: string | null;
  disallowedUses: string[] | null;
  controlArea: object | null;
  listedOn: string | null;
  removedOn: string | null;
  planReference: string | null;
  source: string;
  county: { name: string } | null;
}

const SITES = `query Sites($first: Int, $after: String, $county: String, $status: [SiteStatus!]) {
  contaminatedSites(first: $first, after: $after, county: $county, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code name status riskLevel areaM2 formerIndustry landUseHolder disallowedUses controlArea listedOn removedOn planReference source county { name } }
  }
}`;

export function registerListing({ label }: SiteDeps): Listing<SiteRow> {
  return {
    fileName: '污染地块名录',
    query: SITES,
    type: 'ContaminatedSite',
    pageOf: (data) => data.contaminatedSites,
    geometry: (row) => row.controlArea,
    columns: [
      { key: 'name', header: '地块名称', text: (r) => r.name },
      { key: 'code', header: '地块编码', text: (r) => r.code },
      { key: 'county', header: '县（市、区）', text: (r) => r.county?.name },
      { key: 'status', header: '状态', text: (r) => label('SiteStatus', r.status) },
      { key: 'riskLevel', header: '风险等级', text: (r) => label('RiskLevel', r.riskLevel) || '未评估' },
      { key: 'disallowedUses', header: '治理修复前不得用于', text: (r) => (r.disallowedUses ?? []).map(useCodeName).join('、') },
      { key: 'listedOn', header: '列入日期', text: (r) => r.listedOn },
      { key: 'removedOn', header: '移出日期', text: (r) => r.removedOn },
      { key: 'formerIndustry', header: '原行业', text: (r) => r.formerIndustry },
      { key: 'areaM2', header: '面积（平方米）', text: (r) => r.areaM2 },
      { key: 'landUseHolder', header: '土地使用权人（脱敏）', text: (r) => r.landUseHolder },
      { key: 'source', header: '数据来源', text: (r) => sourceLabel(label, r.source, r.planReference) },
    ],
  };
}

/** 「方案附表3 #5」 for the plan's own rows; the data's origin otherwise, synthetic rows named as such. */
export function sourceLabel(label: SiteDeps['label'], source: string, planReference?: string | null): string {
  if (source === 'SYNTHETIC') return '合成数据（演示）';
  if (source === 'PLAN' && planReference) return `工作方案${planReference}`;
  return label('RecordSource', source);
}

function filters(req: Request) {
  return { county: param(req, 'county'), status: oneOf(req, 'status', STATUSES, '状态') };
}

export function registerDownload(deps: SiteDeps, kind: 'csv' | 'geojson') {
  const listing = registerListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const { county, status } = filters(req);
    const variables = { county, status: status ? [status] : undefined };
    await (kind === 'csv' ? sendCsv : sendGeoJson)(res, listing, columnsOf(listing, deps.schema()), read, variables, deps.downloadPageSize, deps.today());
  };
}

/** 污染地块名录 (第（六）条、第（四十二）条): the register as a table, its changes over a period, and downloads. */
export function registerPage(deps: SiteDeps) {
  const listing = registerListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const { county, status } = filters(req);
    const today = deps.today();
    const to = dateParam(req, 'to', '截止日期') ?? today;
    const from = dateParam(req, 'from', '起始日期') ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    const [counties, data, changes] = await Promise.all([
      countyOptions(read),
      read(SITES, { first: PAGE_SIZE, after: param(req, 'after'), county, status: status ? [status] : undefined }),
      read(
        `query Changes($from: LocalDate!, $to: LocalDate!) { siteRegisterChanges(from: $from, to: $to) {
          added { code name listedOn county { name } } removed { code name removedOn county { name } } } }`,
        { from, to },
      ),
    ]);
    const { added, removed } = changes.siteRegisterChanges as Record<'added' | 'removed', SiteRow[]>;
    const change = (rows: SiteRow[], date: (r: SiteRow) => string | null) =>
      rows.length
        ? html`<ul>
            ${rows.map((r) => html`<li>${date(r)} ${r.county?.name ?? ''} ${r.name}（${r.code}）</li>`)}
          </ul>`
        : html`<p class="empty">无</p>`;
    sendPage(res, {
      title: '污染地块名录',
      path: REGISTER_PATH,
      body: html`<p class="lead">
          列入污染地块名录的地块，在完成治理修复并通过效果评估、移出名录之前，不得用于下表所列规划用途（工作方案第（六）条、第（十九）条）。
          疑似污染地块在调查评估完成前不公开。
        </p>
        <form class="filters" method="get" action=${REGISTER_PATH}>
          ${countySelect(counties, county)} ${enumSelect(deps, 'status', '状态', 'SiteStatus', STATUSES, status)}
          <button type="submit">筛选</button>
        </form>
        ${downloads(REGISTER_PATH, ['csv', 'geojson'], { county, status })}
        ${tableView(req, '污染地块名录', columnsOf(listing, deps.schema()), listing.pageOf(data), '没有符合条件的地块。')}
        <section aria-labelledby="changes">
          <h2 id="changes">名录变化</h2>
          <form class="filters" method="get" action=${REGISTER_PATH}>
            <label>起始日期 <input type="date" name="from" value=${from} /></label>
            <label>截止日期 <input type="date" name="to" value=${to} max=${today} /></label>
            <button type="submit">查看</button>
          </form>
          <h3>新列入（${added.length}）</h3>
          ${change(added, (r) => r.listedOn)}
          <h3>移出名录（${removed.length}）</h3>
          ${change(removed, (r) => r.removedOn)}
        </section>`,
    });
  };
}
