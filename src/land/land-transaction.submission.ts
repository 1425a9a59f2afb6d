import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { chinaDate } from '../common/china-date';
import { submitOne } from '../submission/submit-one';
import { TransactionKind } from './transaction-kind.enum';
import { TransactionStatus } from './transaction-status.enum';
import { parseLandUseClass } from './land-use-class';
import { requirePassingCheck } from '../decision/approval/approval-requirement';
import { ApprovalType } from '../decision/approval/approval-type.enum';
import { findParcel } from '../decision/construction/construction-land-check.resolver';

@Resolver()
export class LandTransactionSubmissionResolver {
  @Mutation(() => SubmissionResult, {
    description:
      '登记宗地的供应、收回、转让或改变用途（国土资源部门）。登记已批准或已办结的土地供应时当场进行用地审批把关，未通过的不予登记（APPROVAL_CHECK_REQUIRED）',
  })
  async recordLandTransaction(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('parcel', { description: '宗地代码' }) parcelCode: string,
    @Arg('kind', () => TransactionKind, { description: '类型' }) kind: TransactionKind,
    @Arg('status', () => TransactionStatus, { description: '办理状态' }) status: TransactionStatus,
    @Arg('decidedOn', () => LocalDate, { nullable: true, description: '决定日期（不得晚于今天）' }) decidedOn: string | null,
    @Arg('toUse', () => String, { nullable: true, description: '新用途，GB/T 21010 土地利用现状分类名称（如 城镇住宅用地、商服用地；改变用途时必填）' })
    toUse: string | null,
    @Arg('counterparty', () => String, { nullable: true, description: '相对方（不予共享）' }) counterparty: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [parcel] = await ctx.db.query('SELECT id, county_id, current_use FROM land_parcel WHERE parcel_code = $1', [parcelCode]);
    if (!parcel) throw new HubError(ErrorCode.BAD_USER_INPUT, `没有宗地代码 ${parcelCode}`, { details: { argument: 'parcel' } });
    if (decidedOn && decidedOn > chinaDate(ctx.access.now))
      throw new HubError(ErrorCode.BAD_USER_INPUT, '决定日期不得晚于今天', { details: { argument: 'decidedOn' } });
    if (kind === TransactionKind.CHANGE_OF_USE && !toUse?.trim()) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, '改变用途须写明新用途', { details: { argument: 'toUse' } });
    }
    const newUse = toUse?.trim() ? parseLandUseClass(toUse, 'toUse') : null;
    const gated = kind === TransactionKind.SUPPLY && (status === TransactionStatus.APPROVED || status === TransactionStatus.COMPLETED);
    let approvalCheckId: number | null = null;
    return submitOne(ctx, {
      operation: 'recordLandTransaction',
      idempotencyKey,
      typeName: 'LandTransaction',
      countyId: parcel.county_id,
      before: async () => {
        if (gated) approvalCheckId = await requirePassingCheck(ctx, (await findParcel(ctx, parcelCode))!, ApprovalType.LAND_SUPPLY, null);
      },
      apply: async (m) => {
        const [row] = await m.query(
          `INSERT INTO land_transaction (parcel_id, kind, status, decided_on, from_use, to_use, counterparty, approval_check_id, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted') RETURNING id`,
          [parcel.id, kind, status, decidedOn, parcel.current_use, newUse, counterparty?.trim() || null, approvalCheckId],
        );
        return {
          recordId: row.id,
          code: `${parcelCode}/${row.id}`,
          op: 'insert',
          values: {
            parcel: parcelCode,
            kind,
            status,
            decidedOn,
            fromUse: parcel.current_use,
            toUse: newUse,
            counterparty: counterparty?.trim() || null,
          },
        };
      },
    });
  }
}
