import { SiteStatus } from '../../environment/site-status.enum';
import type { HubContext } from '../../graphql/context';
import type { LandParcelEntity } from '../../land/land-parcel.entity';
import { CheckVerdict } from '../construction/check-verdict.enum';
import { checkParcel, plannedUseOf } from '../construction/construction-land-check';
import { ApprovalCheckEntity } from './approval-check.entity';
import { ApprovalReasonCode as Code } from './approval-reason-code.enum';
import type { ApprovalReasonValue } from './approval-reason.type';
import { APPROVAL_LABEL, type ApprovalType } from './approval-type.enum';

const ART_19 = '《廊坊市土壤污染防治工作方案》第（十九）条';
const ART_20 = '《廊坊市土壤污染防治工作方案》第（二十）条';
const ART_21 = '《廊坊市土壤污染防治工作方案》第（二十一）条';

const STATUS_LABEL: Record<SiteStatus, string> = {
  [SiteStatus.SUSPECTED]: '疑似污染地块',
  [SiteStatus.INVESTIGATED]: '已完成初步调查',
  [SiteStatus.REGISTERED]: '列入污染地块名录',
  [SiteStatus.UNDER_CONTROL]: '风险管控中',
  [SiteStatus.UNDER_REMEDIATION]: '治理修复中',
  [SiteStatus.REMOVED]: '已移出名录',
};

interface SiteRow {
  code: string;
  name: string;
  status: SiteStatus;
  disallowedUses: string[];
  removedOn: string | null;
}

/** A use is on the negative list when a listed code is it or contains it (R covers R2; A33 only A33…). */
function onNegativeList(use: string, listed: string[]): string | undefined {
  return listed.find((l) => use.toUpperCase().startsWith(l.trim().toUpperCase()));
}

/**
 * The linked-supervision gate: may this parcel be approved for this use? Reasons come from the site register
 * (suspected, registered, control area, negative list), the GB 36600 check against the planned use, and the
 * planned use itself. Blocking reasons first. The call and its verdict are recorded with the caller.
 */
export async function checkApproval(
  ctx: HubContext,
  parcel: LandParcelEntity,
  approvalType: ApprovalType,
  plannedUse: string | null,
  backgrounds: Map<string, number>,
): Promise<ApprovalCheckEntity> {
  const approval = APPROVAL_LABEL[approvalType];
  const reasons: ApprovalReasonValue[] = [];
  const recorded = plannedUse ? null : await plannedUseOf(ctx, parcel.id);
  const use = plannedUse ?? recorded?.category ?? null;
  const check = await checkParcel(ctx, parcel, use, backgrounds);

  const [site]: SiteRow[] =
    parcel.siteId === null
      ? []
      : await ctx.db.query(`SELECT code, name, status, disallowed_uses AS "disallowedUses", removed_on AS "removedOn" FROM contaminated_site WHERE id = $1`, [
          parcel.siteId,
        ]);
  const siteName = site ? `${site.name}（${site.code}）` : '';
  if (site) {
    switch (site.status) {
      case SiteStatus.SUSPECTED:
        reasons.push({
          code: Code.SUSPECTED_SITE,
          blocking: true,
          basis: ART_19,
          message: `宗地上的${siteName}为疑似污染地块，须完成土壤环境状况调查评估后方可进入用地程序，暂不得办理${approval}`,
        });
        break;
      case SiteStatus.REGISTERED:
      case SiteStatus.UNDER_REMEDIATION:
        reasons.push({
          code: Code.ON_REGISTER,
          blocking: true,
          basis: ART_21,
          message: `宗地上的${siteName}列入污染地块名录（${STATUS_LABEL[site.status]}），未经治理修复并移出名录，不得办理${approval}`,
        });
        break;
      case SiteStatus.UNDER_CONTROL:
        reasons.push({
          code: Code.CONTROL_AREA,
          blocking: true,
          basis: ART_19,
          message: `宗地上的${siteName}暂不开发利用，已划定管控区域实施风险管控，不得办理${approval}`,
        });
        break;
      case SiteStatus.INVESTIGATED:
        reasons.push({ code: Code.SITE_INVESTIGATED, blocking: false, basis: ART_19, message: `宗地上的${siteName}已完成初步调查，未列入污染地块名录` });
        break;
      case SiteStatus.REMOVED:
        reasons.push({
          code: Code.REMOVED_FROM_REGISTER,
          blocking: false,
          basis: ART_19,
          message: `宗地上的${siteName}已于 ${site.removedOn ?? '（日期未记录）'} 移出污染地块名录`,
        });
        break;
    }
    const listed = use && site.status !== SiteStatus.REMOVED ? onNegativeList(use, site.disallowedUses) : undefined;
    if (listed) {
      reasons.push({
        code: Code.NEGATIVE_LIST,
        blocking: true,
        basis: ART_19,
        message: `规划用途 ${use} 在${siteName}开发利用的负面清单（${site.disallowedUses.join('、')}）中，须修复达标或调整规划后方可办理${approval}`,
      });
    }
  }

  const deciding = check.decidingItems.map((d) => d.explanation).join('；');
  switch (check.verdict) {
    case CheckVerdict.UNACCEPTABLE_RISK:
      reasons.push({
        code: Code.SOIL_EXCEEDS_INTERVENTION,
        blocking: true,
        basis: `GB 36600-2018；${ART_21}`,
        message: `土壤不符合规划用途的要求，超过管制值：${deciding}。须治理修复或调整规划后方可办理${approval}`,
      });
      break;
    case CheckVerdict.NEEDS_ASSESSMENT:
      reasons.push({
        code: Code.SOIL_EXCEEDS_SCREENING,
        blocking: true,
        basis: `GB 36600-2018；${ART_21}`,
        message: `土壤超过规划用途的筛选值：${deciding}。须开展详细调查和风险评估，确认符合要求后方可办理${approval}`,
      });
      break;
    case CheckVerdict.MEETS_USE:
      reasons.push({ code: Code.SOIL_MEETS_USE, blocking: false, basis: 'GB 36600-2018', message: check.explanation });
      break;
    case CheckVerdict.NO_DATA: {
      const industrial = /工业/.test(parcel.currentUse);
      if (!site && industrial && check.landClass === 1) {
        reasons.push({
          code: Code.INVESTIGATION_REQUIRED,
          blocking: true,
          basis: ART_20,
          message: `宗地现状为${parcel.currentUse}，拟改为第一类用地，但没有土壤环境状况调查评估数据：须先开展调查评估，暂不得办理${approval}`,
        });
      } else {
        reasons.push({ code: Code.NO_SOIL_DATA, blocking: false, basis: 'GB 36600-2018', message: check.explanation });
      }
      break;
    }
  }
  reasons.push({
    code: Code.PLANNED_USE,
    blocking: false,
    basis: 'GB 36600-2018 第 3.4、3.5 条',
    message: plannedUse
      ? `按申请的规划用途 ${plannedUse} 判定：${check.landClassBasis}`
      : recorded
        ? `按宗地现行规划用途 ${recorded.category}（${recorded.planName ?? '规划名称未记录'}${recorded.approvedOn ? `，${recorded.approvedOn} 批准` : ''}）判定：${check.landClassBasis}`
        : check.landClassBasis,
  });
  reasons.sort((a, b) => Number(b.blocking) - Number(a.blocking));

  const record = ctx.db.getRepository(ApprovalCheckEntity).create({
    checkedAt: ctx.access.now,
    departmentId: ctx.access.principal.departmentId,
    parcelId: parcel.id,
    countyId: parcel.countyId,
    approvalType,
    plannedUse: use,
    landClass: check.landClass,
    checkVerdict: check.verdict,
    allowed: !reasons.some((r) => r.blocking),
    reasons,
    requestId: ctx.requestId,
  });
  return ctx.db.getRepository(ApprovalCheckEntity).save(record);
}
