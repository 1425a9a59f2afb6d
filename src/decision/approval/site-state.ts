import { AssessmentConclusion } from '../../environment/assessment-conclusion.enum';
import { AssessmentStage } from '../../environment/assessment-stage.enum';
import type { SiteStatus } from '../../environment/site-status.enum';
import type { HubContext } from '../../graphql/context';
import type { LandParcelEntity } from '../../land/land-parcel.entity';

export interface SiteRow {
  code: string;
  name: string;
  status: SiteStatus;
  disallowedUses: string[];
  listedOn: string | null;
  removedOn: string | null;
}

export interface ReportRow {
  code: string;
  stage: AssessmentStage;
  conclusion: AssessmentConclusion;
  landClass: 1 | 2;
  reportedOn: string;
  sampledFrom: string | null;
  preparedBy: string;
}

/** A site as the gate judges it: its register entry and its reports in the order they were made. */
export interface SiteState {
  site: SiteRow;
  reports: ReportRow[];
  /** The newest effect evaluation: after it, the site is what its later samples say. */
  effectEvaluation: ReportRow | undefined;
  /** The newest risk assessment not superseded by an effect evaluation. */
  riskAssessment: ReportRow | undefined;
  /** The newest initial or detailed investigation. */
  investigation: ReportRow | undefined;
}

const newest = (reports: ReportRow[], stages: AssessmentStage[]) => reports.filter((r) => stages.includes(r.stage)).at(-1);

export async function siteStateOf(ctx: HubContext, parcel: LandParcelEntity): Promise<SiteState | undefined> {
  if (parcel.siteId === null) return undefined;
  const [[site], reports]: [SiteRow[], ReportRow[]] = await Promise.all([
    ctx.db.query(
      `SELECT code, name, status, disallowed_uses AS "disallowedUses", listed_on::text AS "listedOn", removed_on::text AS "removedOn" FROM contaminated_site WHERE id = $1`,
      [parcel.siteId],
    ),
    ctx.db.query(
      `SELECT code, stage, conclusion, land_class AS "landClass", reported_on::text AS "reportedOn", sampled_from::text AS "sampledFrom", prepared_by AS "preparedBy"
         FROM site_assessment_report WHERE site_id = $1 ORDER BY reported_on, id`,
      [parcel.siteId],
    ),
  ]);
  if (!site) return undefined;
  const effectEvaluation = newest(reports, [AssessmentStage.EFFECT_EVALUATION]);
  const riskAssessment = newest(reports, [AssessmentStage.RISK_ASSESSMENT]);
  return {
    site,
    reports,
    effectEvaluation,
    riskAssessment: riskAssessment && (!effectEvaluation || riskAssessment.reportedOn > effectEvaluation.reportedOn) ? riskAssessment : undefined,
    investigation: newest(reports, [AssessmentStage.INITIAL_INVESTIGATION, AssessmentStage.DETAILED_INVESTIGATION]),
  };
}

/** A passing effect evaluation fixes the site's current state from its samples on: older samples are history. */
export function currentSince(state: SiteState | undefined): string | null {
  const e = state?.effectEvaluation;
  return e && e.conclusion === AssessmentConclusion.TARGET_MET ? e.sampledFrom : null;
}

/** For the construction-land check, which reads only the parcel. */
export async function currentStateSince(ctx: HubContext, parcel: LandParcelEntity): Promise<string | null> {
  return currentSince(await siteStateOf(ctx, parcel));
}

/** A conclusion for class 1 land holds for class 2 as well; one for class 2 says nothing about class 1. */
export const covers = (report: ReportRow, landClass: number) => report.landClass <= landClass;
