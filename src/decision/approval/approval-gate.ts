import { AssessmentConclusion, CONCLUSION_LABEL } from '../../environment/assessment-conclusion.enum';
import { STAGE_LABEL } from '../../environment/assessment-stage.enum';
import { SiteStatus } from '../../environment/site-status.enum';
import type { HubContext } from '../../graphql/context';
import type { LandParcelEntity } from '../../land/land-parcel.entity';
import { INDUSTRY_LABEL } from '../../land/listed-industry.enum';
import { CheckVerdict } from '../construction/check-verdict.enum';
import { checkParcel, plannedUseOf } from '../construction/construction-land-check';
import { ApprovalCheckEntity } from './approval-check.entity';
import { ApprovalReasonCode as Code } from './approval-reason-code.enum';
import type { ApprovalReasonValue } from './approval-reason.type';
import { APPROVAL_LABEL, ApprovalType } from './approval-type.enum';
import { BASIS } from './approval-basis';
import { chinaDate } from '../../common/china-date';
import { covers, currentSince, siteStateOf, type ReportRow } from './site-state';

const STATUS_LABEL: Record<SiteStatus, string> = {
  [SiteStatus.SUSPECTED]: '疑似污染地块',
  [SiteStatus.INVESTIGATED]: '已完成初步调查',
  [SiteStatus.REGISTERED]: '列入污染地块名录',
  [SiteStatus.UNDER_CONTROL]: '风险管控中',
  [SiteStatus.UNDER_REMEDIATION]: '治理修复中',
  [SiteStatus.REMOVED]: '已移出名录',
};

/** 居住、商业、学校、医疗、养老 (方案第（十七）条) as GB 50137 codes. */
const SENSITIVE_USE = /^(R|B1|A3|A5|A6)/;

/**
 * A use is on the negative list when it and a listed code lie on one branch of the GB 50137 hierarchy: a listed
 * R catches a planned R2, and a listed R2 catches a planned R (which may be built as R2).
 */
export function onNegativeList(use: string, listed: string[]): string | undefined {
  const u = use.trim().toUpperCase();
  return listed.map((l) => l.trim().toUpperCase()).find((l) => l && (u.startsWith(l) || l.startsWith(u)));
}

const reportName = (r: ReportRow) => `${STAGE_LABEL[r.stage]}报告 ${r.code}（${r.preparedBy}，${r.reportedOn}）`;
const classText = (c: number) => (c === 1 ? '第一类用地' : '第二类用地');

/**
 * The linked-supervision gate: may this parcel be approved for this use, in its current state? Reasons come from
 * the parcel (permanent basic farmland, listed industry, heavily polluted farmland), the site register and the
 * site's reports (the newest effect evaluation fixes the current state), the negative list, and GB 36600 against
 * the planned use with the environment department's background values. Blocking reasons first. The call, its
 * verdict and what the data was as of are recorded with the caller.
 */
export async function checkApproval(
  ctx: HubContext,
  parcel: LandParcelEntity,
  approvalType: ApprovalType,
  plannedUse: string | null,
  callerBackgrounds: Map<string, number>,
): Promise<ApprovalCheckEntity> {
  const approval = APPROVAL_LABEL[approvalType];
  const reasons: ApprovalReasonValue[] = [];
  const block = (code: Code, basis: string, message: string) => reasons.push({ code, blocking: true, basis, message });
  const note = (code: Code, basis: string, message: string) => reasons.push({ code, blocking: false, basis, message });

  const [recorded, state, triggers, [{ registerVersion }], county] = await Promise.all([
    plannedUse ? Promise.resolve(null) : plannedUseOf(ctx, parcel.id),
    siteStateOf(ctx, parcel),
    triggersOf(ctx, parcel),
    ctx.db.query(`SELECT max(id)::text AS "registerVersion" FROM contaminated_site_version`) as Promise<{ registerVersion: string | null }[]>,
    countyMeasuresOf(ctx, parcel.countyId),
  ]);
  const use = plannedUse ?? recorded?.category ?? null;
  const check = await checkParcel(ctx, parcel, use, currentSince(state));
  const landClass = check.landClass;

  for (const r of county.restrictions) {
    block(Code.COUNTY_RESTRICTED, BASIS.RESTRICTION, `宗地所在县（市、区）自 ${r.imposedOn} 起实行用地限批（${r.reason}），限批期间不得办理${approval}`);
  }
  for (const w of county.warnings) {
    note(Code.COUNTY_WARNED, BASIS.WARNING, `宗地所在县（市、区）正处于预警提醒中：${w.message}；依方案第（十三）条可采取用地限批、环评限批等措施`);
  }
  if (county.failed) {
    const f = county.failed;
    note(
      Code.COUNTY_ASSESSMENT_FAILED,
      BASIS.RESTRICTION,
      `宗地所在县（市、区）${f.year} 年度考核不合格（得分 ${f.score}，合格线 ${f.passMark}）：依方案第（四十）条可采取用地限批、环评限批等措施`,
    );
  }

  if (parcel.permanentBasicFarmland) {
    block(
      Code.PERMANENT_BASIC_FARMLAND,
      BASIS.PERMANENT_FARMLAND,
      `宗地 ${parcel.parcelCode} 为永久基本农田：除依法报批的国家和省重点建设项目外，任何建设不得占用，不得办理${approval}`,
    );
  }

  const site = state?.site;
  const siteName = site ? `${site.name}（${site.code}）` : '';
  if (site) {
    switch (site.status) {
      case SiteStatus.SUSPECTED:
        block(Code.SUSPECTED_SITE, BASIS.SUSPECTED, `宗地上的${siteName}为疑似污染地块，须完成土壤污染状况调查评估后方可进入用地程序，暂不得办理${approval}`);
        break;
      case SiteStatus.REGISTERED:
      case SiteStatus.UNDER_REMEDIATION:
        block(
          Code.ON_REGISTER,
          BASIS.REGISTER,
          `宗地上的${siteName}列入污染地块名录（${STATUS_LABEL[site.status]}），未经治理修复并移出名录，不得办理${approval}`,
        );
        break;
      case SiteStatus.UNDER_CONTROL:
        block(Code.CONTROL_AREA, BASIS.CONTROL_AREA, `宗地上的${siteName}暂不开发利用，已划定管控区域实施风险管控，不得办理${approval}`);
        break;
      case SiteStatus.INVESTIGATED:
        note(Code.SITE_INVESTIGATED, BASIS.INVESTIGATION, `宗地上的${siteName}已完成初步调查，未列入污染地块名录`);
        break;
      case SiteStatus.REMOVED:
        note(Code.REMOVED_FROM_REGISTER, BASIS.REMOVAL, `宗地上的${siteName}已于 ${site.removedOn ?? '（日期未记录）'} 移出污染地块名录`);
        break;
    }
    const listed = use && site.status !== SiteStatus.REMOVED ? onNegativeList(use, site.disallowedUses) : undefined;
    if (use && listed) {
      block(
        Code.NEGATIVE_LIST,
        BASIS.NEGATIVE_LIST,
        `规划用途 ${use} ${use.toUpperCase().startsWith(listed) ? '属于' : '包含'}负面清单所列的 ${listed}（${siteName}开发利用的负面清单：${site.disallowedUses.join('、')}），须修复达标或调整规划后方可办理${approval}`,
      );
    }
  }

  // The reports that establish the site's current state (调查 → 风险评估 → 管控或修复 → 效果评估).
  const effect = state?.effectEvaluation;
  const risk = state?.riskAssessment;
  if (effect) {
    if (effect.conclusion === AssessmentConclusion.TARGET_NOT_MET) {
      block(
        Code.EFFECT_EVALUATION_FAILED,
        BASIS.EFFECT_EVALUATION,
        `${reportName(effect)}结论为${CONCLUSION_LABEL[effect.conclusion]}：不得开工建设与风险管控、修复无关的项目，不得办理${approval}`,
      );
    } else if (!covers(effect, landClass)) {
      block(
        Code.EFFECT_EVALUATION_FAILED,
        BASIS.EFFECT_EVALUATION,
        `${reportName(effect)}只确认达到${classText(effect.landClass)}的目标，不能用作${classText(landClass)}：须按${classText(landClass)}的目标修复并评估后方可办理${approval}`,
      );
    } else {
      note(
        Code.EFFECT_EVALUATION_PASSED,
        BASIS.EFFECT_EVALUATION,
        `${reportName(effect)}确认达到${classText(effect.landClass)}的风险管控或修复目标；按其后（${effect.sampledFrom} 起）的样品判断地块现状`,
      );
    }
  }
  if (risk) {
    if (risk.conclusion === AssessmentConclusion.RISK_UNACCEPTABLE && covers(risk, landClass)) {
      block(
        Code.RISK_UNACCEPTABLE,
        BASIS.RISK_ASSESSMENT,
        `${reportName(risk)}结论为按${classText(risk.landClass)}${CONCLUSION_LABEL[risk.conclusion]}，未见达标的效果评估，不得办理${approval}`,
      );
    } else if (risk.conclusion === AssessmentConclusion.RISK_ACCEPTABLE && covers(risk, landClass)) {
      note(Code.RISK_ACCEPTABLE, BASIS.RISK_ASSESSMENT, `${reportName(risk)}结论为按${classText(risk.landClass)}风险可接受`);
    }
  }
  const riskAccepted = risk?.conclusion === AssessmentConclusion.RISK_ACCEPTABLE && covers(risk, landClass);

  const deciding = check.decidingItems.map((d) => d.explanation).join('；');
  switch (check.verdict) {
    case CheckVerdict.UNACCEPTABLE_RISK:
      block(Code.SOIL_EXCEEDS_INTERVENTION, BASIS.INTERVENTION, `土壤不符合规划用途的要求，超过管制值：${deciding}。须治理修复或调整规划后方可办理${approval}`);
      break;
    case CheckVerdict.NEEDS_ASSESSMENT:
      if (riskAccepted) note(Code.SOIL_EXCEEDS_SCREENING, BASIS.SCREENING, `土壤超过规划用途的筛选值（${deciding}），经风险评估风险可接受`);
      else
        block(
          Code.SOIL_EXCEEDS_SCREENING,
          BASIS.SCREENING,
          `土壤超过规划用途的筛选值：${deciding}。须开展详细调查和风险评估，确认符合要求后方可办理${approval}`,
        );
      break;
    case CheckVerdict.MEETS_USE:
      note(Code.SOIL_MEETS_USE, BASIS.SCREENING, check.explanation);
      break;
    case CheckVerdict.NO_DATA:
      if (effect && effect.conclusion === AssessmentConclusion.TARGET_MET && covers(effect, landClass)) {
        note(Code.SOIL_MEETS_USE, BASIS.EFFECT_EVALUATION, `效果评估之后没有新的样品：以${reportName(effect)}的结论为准`);
      } else if (!triggers.length) {
        note(Code.NO_SOIL_DATA, BASIS.SCREENING, check.explanation);
      }
      break;
  }

  // 第（十七）条: who must be investigated before the land moves on; a report on the parcel's site answers it.
  const investigated = state?.investigation ?? state?.reports.at(-1);
  for (const trigger of triggers) {
    if (!trigger.applies(approvalType, use)) continue;
    if (investigated) {
      note(Code.INVESTIGATION_REQUIRED, BASIS.INVESTIGATION, `${trigger.why}：已有${reportName(investigated)}`);
    } else {
      block(Code.INVESTIGATION_REQUIRED, BASIS.INVESTIGATION, `${trigger.why}，但没有土壤污染状况调查评估报告：须先开展调查评估并备案，暂不得办理${approval}`);
    }
  }

  if (callerBackgrounds.size) {
    note(
      Code.CALLER_BACKGROUND_IGNORED,
      BASIS.BACKGROUND,
      `调用方给出的背景值（${[...callerBackgrounds].map(([a, v]) => `${a} ${v} mg/kg`).join('、')}）只作记录，不作为判定依据：判定采用环保部门维护的背景值`,
    );
  }
  note(
    Code.PLANNED_USE,
    BASIS.LAND_CLASS,
    plannedUse
      ? `按申请的规划用途 ${plannedUse} 判定：${check.landClassBasis}`
      : recorded
        ? `按宗地现行规划用途 ${recorded.category}（${recorded.planName ?? '规划名称未记录'}${recorded.approvedOn ? `，${recorded.approvedOn} 批准` : ''}）判定：${check.landClassBasis}`
        : check.landClassBasis,
  );
  reasons.sort((a, b) => Number(b.blocking) - Number(a.blocking));

  const dates = [
    check.dataAsOf,
    ...(state?.reports.map((r) => r.reportedOn) ?? []),
    site?.listedOn ?? null,
    site?.removedOn ?? null,
    recorded?.approvedOn ?? null,
  ];
  const record = ctx.db.getRepository(ApprovalCheckEntity).create({
    checkedAt: ctx.access.now,
    departmentId: ctx.access.principal.departmentId,
    parcelId: parcel.id,
    countyId: parcel.countyId,
    approvalType,
    plannedUse: use,
    landClass,
    checkVerdict: check.verdict,
    allowed: !reasons.some((r) => r.blocking),
    reasons,
    requestId: ctx.requestId,
    dataAsOf:
      dates
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null,
    registerVersion,
    callerBackgrounds: Object.fromEntries(callerBackgrounds),
  });
  return ctx.db.getRepository(ApprovalCheckEntity).save(record);
}

/** 用地限批 in force in the county today, and its open warnings (方案第（十三）、（四十）条). */
async function countyMeasuresOf(
  ctx: HubContext,
  countyId: number,
): Promise<{
  restrictions: { imposedOn: string; reason: string }[];
  warnings: { message: string }[];
  failed: { year: number; score: number; passMark: number } | undefined;
}> {
  const today = chinaDate(ctx.access.now);
  const [restrictions, warnings, failed] = await Promise.all([
    ctx.db.query(
      `SELECT imposed_on::text AS "imposedOn", reason FROM county_restriction
        WHERE county_id = $1 AND kind = 'land_use' AND imposed_on <= $2 AND (lifted_on IS NULL OR lifted_on > $2) ORDER BY imposed_on, id`,
      [countyId, today],
    ),
    ctx.db.query(
      `SELECT message FROM alert WHERE county_id = $1 AND kind IN ('priority_area_decrease', 'soil_quality_decline') AND resolved_at IS NULL ORDER BY id`,
      [countyId],
    ),
    ctx.db.query(
      `SELECT year, score::float8 AS score, pass_mark::float8 AS "passMark" FROM county_assessment
        WHERE county_id = $1 AND status = 'published' AND passed = false ORDER BY year DESC LIMIT 1`,
      [countyId],
    ),
  ]);
  return { restrictions, warnings, failed: failed[0] };
}

interface Trigger {
  why: string;
  applies: (approvalType: ApprovalType, use: string | null) => boolean;
}

/** The parcel's facts that oblige an investigation (方案第（十七）条), each with the approvals and uses it bears on. */
async function triggersOf(ctx: HubContext, parcel: LandParcelEntity): Promise<Trigger[]> {
  const [facts] = await ctx.db.query(
    `SELECT EXISTS (SELECT 1 FROM land_transaction t WHERE t.parcel_id = $1 AND t.kind = 'reclaim' AND t.status <> 'rejected') AS reclaimed,
            (SELECT u.quality_class::text FROM farmland_unit u WHERE u.id = $2) AS "farmlandClass"`,
    [parcel.id, parcel.farmlandUnitId],
  );
  const out: Trigger[] = [];
  if (parcel.listedIndustry) {
    const industry = `${INDUSTRY_LABEL[parcel.listedIndustry]}用地`;
    if (facts.reclaimed) out.push({ why: `宗地为${industry}，土地使用权已收回或拟收回`, applies: () => true });
    out.push({ why: `宗地为${industry}，拟改为居住、商业、学校、医疗或养老等用途`, applies: (_t, use) => use === null || SENSITIVE_USE.test(use) });
  }
  if (facts.farmlandClass === 'strict_control') {
    out.push({ why: '宗地所在耕地单元为严格管控类（重度污染农用地），拟转为城镇建设用地', applies: () => true });
  }
  return out;
}
