import type { Request, Response } from 'express';
import { countyOptions, countySelect, enumSelect } from './filter-fields';
import { type Listing, columnsOf, sendCsv } from '../../http/table-download';
import { html, sendPage } from './page-layout';
import { oneOf, param } from './query-params';
import { sourceLabel } from './site-register.page';
import type { SiteDeps } from './site-deps';
import { downloads, tableView } from './table-view';

export const ENTERPRISES_PATH = '/disclosure/enterprises';

const STATUSES = ['OPERATING', 'CLOSED', 'RELOCATED'];
const RATINGS = ['GREEN', 'BLUE', 'YELLOW', 'RED'];

interface Report {
  year: number;
  reportedOn: string | null;
  exceeded: boolean | null;
  summary: string | null;
  disclosedOn: string | null;
}
interface EnterpriseRow {
  creditCode: string;
  name: string;
  industry: string | null;
  status: string;
  creditRating: string | null;
  responsibilityLetterSigned: boolean | null;
  source: string;
  county: { name: string } | null;
  selfMonitoringReports: Report[] | null;
}

const ENTERPRISES = `query Enterprises($first: Int, $after: String, $county: String, $status: EnterpriseStatus, $creditRating: CreditRating) {
  keyEnterprises(first: $first, after: $after, county: $county, status: $status, creditRating: $creditRating) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { creditCode name industry status creditRating responsibilityLetterSigned source county { name }
      selfMonitoringReports { year reportedOn exceeded summary disclosedOn } }
  }
}`;

const latest = (r: EnterpriseRow): Report | undefined => [...(r.selfMonitoringReports ?? [])].sort((a, b) => b.year - a.year)[0];

export function enterpriseListing({ label }: SiteDeps): Listing<EnterpriseRow> {
  return {
    fileName: '土壤环境重点监管企业',
    query: ENTERPRISES,
    type: 'KeyEnterprise',
    // Each enterprise brings its self-monitoring reports: the cost limit allows fewer per query.
    pageSize: 100,
    pageOf: (data) => data.keyEnterprises,
    columns: [
      { key: 'name', header: '企业名称', text: (r) => r.name },
      { key: 'creditCode', header: '统一社会信用代码', text: (r) => r.creditCode },
      { key: 'county', header: '县（市、区）', text: (r) => r.county?.name },
      { key: 'industry', header: '行业', text: (r) => r.industry },
      { key: 'status', header: '生产状态', text: (r) => label('EnterpriseStatus', r.status) },
      { key: 'creditRating', header: '环保信用评价', text: (r) => label('CreditRating', r.creditRating) || '未评价' },
      { key: 'responsibilityLetterSigned', header: '已签订土壤污染防治责任书', text: (r) => r.responsibilityLetterSigned },
      { key: 'selfMonitoringYear', field: 'selfMonitoringReports', header: '最近一次自行监测年度', text: (r) => latest(r)?.year },
      {
        key: 'selfMonitoringExceeded',
        field: 'selfMonitoringReports',
        header: '自行监测结果',
        text: (r) => {
          const report = latest(r);
          return report ? (report.exceeded ? '有超标' : report.exceeded === false ? '未超标' : '未注明') : '未报送';
        },
      },
      { key: 'selfMonitoringSummary', field: 'selfMonitoringReports', header: '自行监测摘要', text: (r) => latest(r)?.summary },
      { key: 'selfMonitoringDisclosedOn', field: 'selfMonitoringReports', header: '企业公开日期', text: (r) => latest(r)?.disclosedOn },
      { key: 'source', header: '数据来源', text: (r) => sourceLabel(label, r.source) },
    ],
  };
}

function filters(req: Request) {
  return {
    county: param(req, 'county'),
    status: oneOf(req, 'status', STATUSES, '生产状态'),
    creditRating: oneOf(req, 'creditRating', RATINGS, '环保信用评价'),
  };
}

export function enterpriseDownload(deps: SiteDeps) {
  const listing = enterpriseListing(deps);
  return async (req: Request, res: Response) =>
    sendCsv(res, listing, columnsOf(listing, deps.schema()), deps.reader(req), filters(req), deps.downloadPageSize, deps.today());
}

/** 重点监管企业 (第（十二）条、第（四十二）条): the list, each one's environmental credit and latest self-monitoring. */
export function enterprisesPage(deps: SiteDeps) {
  const listing = enterpriseListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const chosen = filters(req);
    const [counties, data] = await Promise.all([countyOptions(read), read(ENTERPRISES, { ...chosen, first: 50, after: param(req, 'after') })]);
    sendPage(res, {
      title: '土壤环境重点监管企业',
      path: ENTERPRISES_PATH,
      body: html`<p class="lead">
          土壤环境重点监管企业每年自行或委托监测其用地土壤环境，结果向社会公开（工作方案第（十二）条）；环保信用评价结果同时公开。
        </p>
        <form class="filters" method="get" action=${ENTERPRISES_PATH}>
          ${countySelect(counties, chosen.county)} ${enumSelect(deps, 'status', '生产状态', 'EnterpriseStatus', STATUSES, chosen.status)}
          ${enumSelect(deps, 'creditRating', '环保信用评价', 'CreditRating', RATINGS, chosen.creditRating)}
          <button type="submit">筛选</button>
        </form>
        ${downloads(ENTERPRISES_PATH, ['csv'], chosen)}
        ${tableView(req, '土壤环境重点监管企业', columnsOf(listing, deps.schema()), listing.pageOf(data), '没有符合条件的企业。')}`,
    });
  };
}
