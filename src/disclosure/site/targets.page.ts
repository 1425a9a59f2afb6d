import type { Request, Response } from 'express';
import { withoutGloss } from '../../graphql/enum-labels';
import { yearSelect } from './filter-fields';
import { html, sendPage } from './page-layout';
import { yearParam } from './query-params';
import type { SiteDeps } from './site-deps';

export const TARGETS_PATH = '/disclosure/targets';

interface TargetRow {
  seq: number;
  indicator: string;
  targetText: string | null;
  unit: string | null;
  deadline: string | null;
  progress: { value: number | null; status: string; formula: string | null; evidence: string | null; note: string | null } | null;
}
interface AssessmentRow {
  year: number;
  score: number | null;
  passMark: number | null;
  passed: boolean | null;
  publishedAt: string | null;
  county: { name: string } | null;
  items: { seq: number; indicator: string; target: number | null; value: number | null; status: string | null }[] | null;
}

const TARGETS = `query Targets($year: Int) {
  planTargets { seq indicator targetText unit deadline progress(year: $year) { value status formula evidence note } }
  countyAssessments(year: $year) { year score passMark passed publishedAt county { name } items { seq indicator target value status } }
}`;

const number = (v: number | null | undefined, unit?: string | null) => (v == null ? '—' : `${Number(v.toFixed(2))}${unit ? ` ${unit}` : ''}`);

/** 工作目标与年度考核 (附表1、第（四十一）条): the plan's targets with this year's progress, and the published assessments. */
export function targetsPage(deps: SiteDeps) {
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const thisYear = Number(deps.today().slice(0, 4));
    const year = yearParam(req, 'year') ?? thisYear;
    const data = await read(TARGETS, { year });
    // Either may be closed to the public by the catalog: the page then shows what is left.
    const targets = (data.planTargets ?? []) as TargetRow[];
    const assessments = (data.countyAssessments ?? []) as AssessmentRow[];
    const years = Array.from({ length: thisYear - 2016 }, (_, i) => thisYear - i);
    sendPage(res, {
      title: '工作目标与年度考核',
      path: TARGETS_PATH,
      body: html`<p class="lead">
          《廊坊市土壤污染防治工作方案》附表1 的主要指标，按平台数据计算的完成情况；各县（市、区）人民政府的年度考核结果经审核后公开（工作方案第（四十一）条）。
        </p>
        <form class="filters" method="get" action=${TARGETS_PATH}>
          ${yearSelect(years, year)}
          <button type="submit">查看</button>
        </form>
        <div class="table-scroll" tabindex="0" role="region" aria-label="主要指标完成情况">
          <table>
            <caption>
              ${year} 年全市主要指标完成情况
            </caption>
            <thead>
              <tr>
                <th scope="col">序号</th>
                <th scope="col">指标</th>
                <th scope="col">目标</th>
                <th scope="col">期限</th>
                <th scope="col">${year} 年数值</th>
                <th scope="col">完成情况</th>
                <th scope="col">计算方法或说明</th>
              </tr>
            </thead>
            <tbody>
              ${targets.map(
                (t) =>
                  html`<tr>
                    <th scope="row">${t.seq}</th>
                    <td>${t.indicator}</td>
                    <td>${t.targetText}</td>
                    <td>${t.deadline}</td>
                    <td>${number(t.progress?.value, t.unit)}</td>
                    <td class=${`status ${(t.progress?.status ?? '').toLowerCase()}`}>${deps.label('TargetStatus', t.progress?.status)}</td>
                    <td>
                      ${t.progress?.formula ? html`<p>${t.progress.formula}</p>` : null}
                      ${t.progress?.note ? html`<p class="note">${withoutGloss(t.progress.note)}</p>` : null}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <section aria-labelledby="assessments">
          <h2 id="assessments">${year} 年度县（市、区）考核结果</h2>
          ${
            assessments.length
              ? html`<div class="table-scroll" tabindex="0" role="region" aria-label="年度考核结果">
                <table>
                  <caption>
                    ${year} 年度考核结果（已公开）
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">县（市、区）</th>
                      <th scope="col">得分</th>
                      <th scope="col">合格分</th>
                      <th scope="col">结果</th>
                      <th scope="col">公开时间</th>
                      <th scope="col">各项指标</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${assessments.map(
                      (a) =>
                        html`<tr>
                          <th scope="row">${a.county?.name}</th>
                          <td>${number(a.score)}</td>
                          <td>${number(a.passMark)}</td>
                          <td>${a.passed == null ? '—' : a.passed ? '合格' : '不合格'}</td>
                          <td>${a.publishedAt?.slice(0, 10)}</td>
                          <td>
                            <ul>
                              ${(a.items ?? []).map((i) => html`<li>${i.seq}. ${i.indicator}：${number(i.value)}（目标 ${number(i.target)}）</li>`)}
                            </ul>
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
              : html`<p class="empty">${year} 年度的考核结果尚未公开。</p>`
          }
        </section>`,
    });
  };
}
