import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { chinaDate } from '../common/china-date';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { COMPUTED_COST } from '../graphql/limits/field-costs';
import { countyIdOf } from '../reference/county-key';
import { PlanTargetEntity } from './plan-target.entity';
import { PlanTarget } from './plan-target.type';
import { progressOf } from './target-indicators';
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
}
