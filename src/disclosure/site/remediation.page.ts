import type { Request, Response } from 'express';
import { countyOptions, countySelect, enumSelect } from './filter-fields';
import { type Listing, columnsOf, sendCsv } from '../../http/table-download';
import { html, sendPage } from './page-layout';
import { oneOf, param } from './query-params';
import { sourceLabel } from './site-register.page';
import type { SiteDeps } from './site-deps';
import { downloads, tableView } from './table-view';

export const REMEDIATION_PATH = '/disclosure/remediation';
export const EVALUATIONS_PATH = '/disclosure/effect-evaluations';

const STATUSES = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ACCEPTED'];

interface ProjectRow {
  code: string;
  name: string;
  kind: string;
  status: string;
  startedOn: string | null;
  plannedEndOn: string | null;
  contractor: string | null;
  source: string;
  site: { code: string; name: string; county: { name: string } | null } | null;
}
interface ReportRow {
  code: string;
  conclusion: string;
  landClass: number | null;
  reportedOn: string | null;
  sampledFrom: string | null;
  preparedBy: string | null;
  summary: string | null;
  source: string;
  site: { code: string; name: string; county: { name: string } | null } | null;
}

const PROJECTS = `query Projects($first: Int, $after: String, $county: String, $status: ProjectStatus) {
  remediationProjects(first: $first, after: $after, county: $county, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code name kind status startedOn plannedEndOn contractor source site { code name county { name } } }
  }
}`;

const EVALUATIONS = `query Evaluations($first: Int, $after: String, $county: String) {
  assessmentReports(first: $first, after: $after, county: $county, stage: EFFECT_EVALUATION) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { code conclusion landClass reportedOn sampledFrom preparedBy summary source site { code name county { name } } }
  }
}`;

export function projectListing({ label }: SiteDeps): Listing<ProjectRow> {
  return {
    fileName: '治理与修复工程',
    query: PROJECTS,
    type: 'RemediationProject',
    pageOf: (data) => data.remediationProjects,
    columns: [
      { key: 'name', header: '工程名称', text: (r) => r.name },
      { key: 'code', header: '工程编码', text: (r) => r.code },
      { key: 'county', field: 'site', header: '县（市、区）', text: (r) => r.site?.county?.name },
      { key: 'site', header: '地块', text: (r) => (r.site ? `${r.site.name}（${r.site.code}）` : '') },
      { key: 'kind', header: '类型', text: (r) => label('RemediationKind', r.kind) },
      { key: 'status', header: '进展', text: (r) => label('ProjectStatus', r.status) },
      { key: 'startedOn', header: '开工日期', text: (r) => r.startedOn },
      { key: 'plannedEndOn', header: '计划完成日期', text: (r) => r.plannedEndOn },
      { key: 'contractor', header: '实施单位', text: (r) => r.contractor },
      { key: 'source', header: '数据来源', text: (r) => sourceLabel(label, r.source) },
    ],
  };
}

export function evaluationListing({ label }: SiteDeps): Listing<ReportRow> {
  return {
    fileName: '效果评估结果',
    query: EVALUATIONS,
    type: 'SiteAssessmentReport',
    pageOf: (data) => data.assessmentReports,
    columns: [
      { key: 'site', header: '地块', text: (r) => (r.site ? `${r.site.name}（${r.site.code}）` : '') },
      { key: 'county', field: 'site', header: '县（市、区）', text: (r) => r.site?.county?.name },
      { key: 'conclusion', header: '评估结论', text: (r) => label('AssessmentConclusion', r.conclusion) },
      { key: 'landClass', header: '对应用地类别', text: (r) => (r.landClass ? `第${r.landClass === 1 ? '一' : '二'}类用地` : '') },
      { key: 'reportedOn', header: '报告日期', text: (r) => r.reportedOn },
      { key: 'sampledFrom', header: '采样日期', text: (r) => r.sampledFrom },
      { key: 'preparedBy', header: '编制单位', text: (r) => r.preparedBy },
      { key: 'summary', header: '摘要', text: (r) => r.summary },
      { key: 'code', header: '报告编号', text: (r) => r.code },
      { key: 'source', header: '数据来源', text: (r) => sourceLabel(label, r.source) },
    ],
  };
}

export function remediationDownload(deps: SiteDeps, which: 'projects' | 'evaluations') {
  const projects = projectListing(deps);
  const evaluations = evaluationListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const county = param(req, 'county');
    if (which === 'projects') {
      await sendCsv(
        res,
        projects,
        columnsOf(projects, deps.schema()),
        read,
        { county, status: oneOf(req, 'status', STATUSES, '进展') },
        deps.downloadPageSize,
        deps.today(),
      );
    } else {
      await sendCsv(res, evaluations, columnsOf(evaluations, deps.schema()), read, { county }, deps.downloadPageSize, deps.today());
    }
  };
}

/** 治理修复与效果评估 (第（二十一）条、第（四十二）条): the projects and the effect evaluations that end them. */
export function remediationPage(deps: SiteDeps) {
  const projects = projectListing(deps);
  const evaluations = evaluationListing(deps);
  return async (req: Request, res: Response) => {
    const read = deps.reader(req);
    const county = param(req, 'county');
    const status = oneOf(req, 'status', STATUSES, '进展');
    const [counties, projectData, evaluationData] = await Promise.all([
      countyOptions(read),
      read(PROJECTS, { county, status, first: 50, after: param(req, 'after') }),
      read(EVALUATIONS, { county, first: 50 }),
    ]);
    sendPage(res, {
      title: '治理修复与效果评估',
      path: REMEDIATION_PATH,
      body: html`<p class="lead">
          污染地块的风险管控和治理修复工程及其进展；工程完成后，由第三方开展效果评估，评估结果向社会公开（工作方案第（二十一）条）。
        </p>
        <form class="filters" method="get" action=${REMEDIATION_PATH}>
          ${countySelect(counties, county)} ${enumSelect(deps, 'status', '进展', 'ProjectStatus', STATUSES, status)}
          <button type="submit">筛选</button>
        </form>
        <section aria-labelledby="projects">
          <h2 id="projects">治理与修复工程</h2>
          ${downloads(REMEDIATION_PATH, ['csv'], { county, status })}
          ${tableView(req, '治理与修复工程', columnsOf(projects, deps.schema()), projects.pageOf(projectData), '没有符合条件的工程。')}
        </section>
        <section aria-labelledby="evaluations">
          <h2 id="evaluations">效果评估结果</h2>
          ${downloads(EVALUATIONS_PATH, ['csv'], { county })}
          ${tableView(req, '效果评估结果', columnsOf(evaluations, deps.schema()), { nodes: evaluations.pageOf(evaluationData).nodes }, '尚无效果评估结果。')}
        </section>`,
    });
  };
}
