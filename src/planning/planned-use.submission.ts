import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { chinaDate } from '../common/china-date';
import { submitOne } from '../submission/submit-one';
import { parseUseCode } from './use-code';

/** GB 50137 major classes with an optional subclass (R2, A33, M1, G1 …). */

@Resolver()
export class PlannedUseSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '登记宗地的规划用途（城乡规划部门；GB 50137 代码）' })
  async setPlannedUse(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('parcel', { description: '宗地代码' }) parcelCode: string,
    @Arg('category', { description: 'GB 50137 用地分类代码，如 R2、A33、M1' }) category: string,
    @Arg('planName', { description: '控制性详细规划名称' }) planName: string,
    @Arg('approvedOn', () => LocalDate, { description: '批准日期（不得晚于今天）' }) approvedOn: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [parcel] = await ctx.db.query('SELECT id, county_id FROM land_parcel WHERE parcel_code = $1', [parcelCode]);
    if (!parcel) throw new HubError(ErrorCode.BAD_USER_INPUT, `没有宗地代码 ${parcelCode}`, { details: { argument: 'parcel' } });
    const c = parseUseCode(category, 'category');
    if (!planName.trim()) throw new HubError(ErrorCode.BAD_USER_INPUT, '请写明规划名称', { details: { argument: 'planName' } });
    if (approvedOn > chinaDate(ctx.access.now)) throw new HubError(ErrorCode.BAD_USER_INPUT, '批准日期不得晚于今天', { details: { argument: 'approvedOn' } });
    return submitOne(ctx, {
      operation: 'setPlannedUse',
      idempotencyKey,
      typeName: 'PlannedLandUse',
      countyId: parcel.county_id,
      apply: async (m) => {
        const [row] = await m.query(
          `INSERT INTO planned_land_use (parcel_id, category, plan_name, approved_on, source) VALUES ($1, $2, $3, $4, 'submitted') RETURNING id`,
          [parcel.id, c, planName.trim(), approvedOn],
        );
        return {
          recordId: row.id,
          code: `${parcelCode}/${c}`,
          op: 'insert',
          values: { parcel: parcelCode, category: c, planName: planName.trim(), approvedOn },
        };
      },
    });
  }
}
