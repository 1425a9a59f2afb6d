import type { Request, Response } from 'express';
import { barChart } from './bar-chart';
import type { Listing } from '../../http/table-download';
import { columnsOf, sendCsv } from '../../http/table-download';
import { yearSelect } from './filter-fields';
import { html, sendPage } from './page-layout';
import { oneOf, yearParam } from './query-params';
import type { OperationReader } from '../../graphql/operation-reader';
import type { SiteDeps } from './site-deps';
import { downloads } from './table-view';

export const SOIL_QUALITY_PATH = '/disclosure/soil-quality';

interface SummaryRow {
  year: number;
  samples: number;
  exceedances: number | null;
  exceedanceRate: number | null;
  basis: string | null;
  county: { code: string | null; name: string } | null;
  analyte: { code: string; name: string } | null;
}

const SUMMARY = `query Summary($analyte: String!) {
  soilQualitySummary(analyte: $analyte) { year samples exceedances exceedanceRate basis county { code name } analyte { code name } }
}`;

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

export function summaryListing(): Listing<SummaryRow> {
  return {
    fileName: '土壤环境质量统计',
    query: SUMMARY,
    type: 'SoilQualitySummary',
    pageOf: (data) => ({ nodes: data.soilQualitySummary }),
    columns: [
      { key: 'county', header: '县（市、区）', text: (r) => r.county?.name },
      { key: 'year', header: '年度', text: (r) => r.year },
      { key: 'analyte', header: '监测项目', text: (r) => r.analyte?.name },
      { key: 'samples', header: '样品数', text: (r) => r.samples },
      { key: 'exceedances', header: '超筛选值样品数', text: (r) => r.exceedances ?? '不公开' },
      { key: 'exceedanceRate', header: '超筛选值比例', text: (r) => (r.exceedanceRate == null ? '不公开' : percent(r.exceedanceRate)) },
      { key: 'basis', header: '判定依据', text: (r) => r.basis },
    ],
  };
}

/** The farmland items of GB 15618, as the API lists them. */
async function analyteOptions(read: OperationReader): Promise<{ code: string; name: string }[]> {
  const data = await read('{ analytes(farmland: true, first: 50) { nodes { code name } } }');
  return data.analytes.nodes;
}

/** The item asked for, among the GB 15618 farmland items (cadmium unless asked). */
async function chosenAnalyte(req: Request, read: OperationReader) {
  const analytes = await analyteOptions(read);
  const analyte =
    oneOf(
      req,
      'analyte',
      analytes.map((a) => a.code),
      '监测项目',
    ) ?? 'Cd';
  return { analytes, analyte };
}

export function summaryDownload(deps: SiteDeps) {
  const listing = summaryListing();
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const { analyte } = await chosenAnalyte(req, read);
    await sendCsv(res, listing, columnsOf(listing, deps.schema()), read, { analyte }, deps.downloadPageSize, deps.today());
  };
}

/** 土壤环境质量 (第（四十二）条): a GB 15618 item's exceedance rate by county, for a year, and its trend over the years. */
export function soilQualityPage(deps: SiteDeps) {
  const listing = summaryListing();
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const { analytes, analyte } = await chosenAnalyte(req, read);
    const rows = listing.pageOf(await read(SUMMARY, { analyte })).nodes;
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
    const year = yearParam(req, 'year') ?? years[0];
    const counties = [...new Map(rows.map((r) => [r.county?.name ?? '', r.county])).keys()];
    const name = analytes.find((a) => a.code === analyte)?.name ?? analyte;
    const ofYear = rows.filter((r) => r.year === year);
    const cell = (county: string, y: number) => {
      const r = rows.find((x) => x.year === y && (x.county?.name ?? '') === county);
      return r ? (r.exceedanceRate == null ? `不公开（${r.samples} 个样品）` : `${percent(r.exceedanceRate)}（${r.samples}）`) : '—';
    };
    sendPage(res, {
      title: '土壤环境质量',
      path: SOIL_QUALITY_PATH,
      body: html`<p class="lead">
          农用地土壤样品中超过《土壤环境质量 农用地土壤污染风险管控标准（试行）》（GB 15618-2018）风险筛选值的比例，按县（市、区）和年度统计。
          样品过少的分组不公开比例，以免推知单个点位。
        </p>
        <form class="filters" method="get" action=${SOIL_QUALITY_PATH}>
          <label
            >监测项目
            <select name="analyte">
              ${analytes.map((a) => html`<option value=${a.code} selected=${a.code === analyte}>${a.name}</option>`)}
            </select>
          </label>
          ${yearSelect(years, year)}
          <button type="submit">查看</button>
        </form>
        ${downloads(SOIL_QUALITY_PATH, ['csv'], { analyte })}
        ${
          ofYear.length
            ? barChart(
                'exceedance-chart',
                `${year} 年各县（市、区）${name}超筛选值比例`,
                ofYear.map((r) => ({ label: r.county?.name ?? '', value: r.exceedanceRate, note: `不公开（${r.samples} 个样品）` })),
                percent,
              )
            : html`<p class="empty">${year ? `${year} 年` : ''}没有${name}的统计。</p>`
        }
        ${
          years.length
            ? html`<div class="table-scroll" tabindex="0" role="region" aria-label="历年超筛选值比例">
              <table>
                <caption>
                  历年${name}超筛选值比例（括号内为样品数）
                </caption>
                <thead>
                  <tr>
                    <th scope="col">县（市、区）</th>
                    ${years.map((y) => html`<th scope="col">${y} 年</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${counties.map(
                    (c) =>
                      html`<tr>
                        <th scope="row">${c}</th>
                        ${years.map((y) => html`<td>${cell(c, y)}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
            : null
        }`,
    });
  };
}
