import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import { SubmissionResult } from '../environment/soil-sample.submission';
import { submitOnce } from '../submission/submit-once';
import { chinaDate } from '../common/china-date';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { badInput, HubError } from '../graphql/hub-error';
import { COMPUTED_COST } from '../graphql/limits/field-costs';
import { countyIdOf } from '../reference/county-key';
import { PlanTargetEntity } from './plan-target.entity';
import { PlanTarget } from './plan-target.type';
import { progressOf, REPORTERS } from './target-indicators';
import { TargetProgress } from './target-progress.type';

/** The plan's first year: the hub computes no indicator before it. */
const FIRST_YEAR = 2017;

@Resolver(() => PlanTarget)
export class PlanTargetResolver {
  @FieldResolver(() => TargetProgress, {
    complexity: COMPUTED_COST,
    nullable: true,
    description: '指标完成情况：由平台数据按年度计算（全市或一个县），附公式、分子分母和所用记录；数据不足的说明由哪个部门报送',
  })
  async progress(
    @Root() t: PlanTarget,
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码；缺省为全市' }) county: string | null,
    @Arg('year', () => Int, { nullable: true, description: '年度；缺省为今年' }) year: number | null,
    @Ctx() ctx: HubContext,
  ): Promise<TargetProgress> {
    const thisYear = Number(chinaDate(ctx.access.now).slice(0, 4));
    const y = year ?? thisYear;
    if (y < FIRST_YEAR || y > thisYear)
      throw new HubError(ErrorCode.BAD_USER_INPUT, `年度应在 ${FIRST_YEAR} 到 ${thisYear} 之间`, { details: { argument: 'year' } });
    const scope = county ? { id: await countyIdOf(ctx, county), name: county } : null;
    const entity = Object.assign(new PlanTargetEntity(), t, { id: Number(t.id) });
    return progressOf(ctx, entity, scope, y);
  }

  @Mutation(() => SubmissionResult, {
    description: '报送平台数据不能计算的指标值（附表1 第 4–11 项）：全市的由说明中的报送部门，分县的由该县人民政府；同指标同年度同范围再次报送即替换',
  })
  async reportIndicatorValue(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('seq', () => Int, { description: '附表1 序号' }) seq: number,
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('value', () => Float, { description: '指标值（单位同附表1 指标）' }) value: number,
    @Arg('basis', { description: '数据来源（统计、调查或报告的名称）' }) basis: string,
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码；缺省为全市' }) county: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const reporter = REPORTERS[seq];
    if (!reporter) throw badInput('seq', `附表1 第 ${seq} 项由平台按数据计算，或没有这一项`);
    const thisYear = Number(chinaDate(ctx.access.now).slice(0, 4));
    if (year < FIRST_YEAR || year > thisYear) throw badInput('year', `年度应在 ${FIRST_YEAR} 到 ${thisYear} 之间`);
    if (!Number.isFinite(value) || value < 0) throw badInput('value', '指标值应为非负数');
    if (!basis.trim()) throw badInput('basis', '请写明数据来源');
    const countyId = county ? await countyIdOf(ctx, county) : null;
    const principal = ctx.access.principal;
    ctx.access.authorise({
      kind: 'reportIndicator',
      responsible: countyId === null ? principal.code === reporter : principal.countyId === countyId,
    });
    return submitOnce(ctx, 'reportIndicatorValue', idempotencyKey, async (m) => {
      await m.query(
        `INSERT INTO indicator_report (target_id, year, county_id, value, basis, reported_by, reported_at)
         SELECT id, $2, $3, $4, $5, $6, $7 FROM plan_target WHERE seq = $1
         ON CONFLICT (target_id, year, county_id) DO UPDATE SET value = EXCLUDED.value, basis = EXCLUDED.basis, reported_by = EXCLUDED.reported_by,
                reported_at = EXCLUDED.reported_at`,
        [seq, year, countyId, value, basis.trim(), principal.departmentId, ctx.access.now],
      );
      return `${seq}/${year}/${county ?? '全市'}`;
    });
  }
}
