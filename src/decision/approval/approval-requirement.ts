import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import type { LandParcelEntity } from '../../land/land-parcel.entity';
import { checkApproval } from './approval-gate';
import { APPROVAL_LABEL, type ApprovalType } from './approval-type.enum';

/**
 * Recording a planning permit, a land supply or a construction permit runs the gate on the parcel as it is at that
 * moment (方案第（二十一）条: 不得为其办理相应的规划、供地、建设等审批手续), so no earlier answer can go stale. The check
 * is recorded like any other; a refusal names its blocking reasons. Returns the passing check's id.
 */
export async function requirePassingCheck(ctx: HubContext, parcel: LandParcelEntity, approvalType: ApprovalType, plannedUse: string | null): Promise<number> {
  const check = await checkApproval(ctx, parcel, approvalType, plannedUse, new Map());
  if (check.allowed) return check.id;
  const blocking = check.reasons.filter((r) => r.blocking);
  throw new HubError(
    ErrorCode.APPROVAL_CHECK_REQUIRED,
    `宗地 ${parcel.parcelCode} 未通过用地审批把关，不得办理${APPROVAL_LABEL[approvalType]}：${blocking.map((r) => r.message).join('；')}`,
    { details: { parcel: parcel.parcelCode, approvalCheck: String(check.id), reasons: [...new Set(blocking.map((r) => r.code.toUpperCase()))] } },
  );
}
