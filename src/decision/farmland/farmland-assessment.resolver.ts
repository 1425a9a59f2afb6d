import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { FarmlandUnitEntity } from '../../agriculture/farmland-unit.entity';
import { LocalDate } from '../../common/local-date.scalar';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { list } from '../../graphql/list';
import type { ConnectionValue } from '../../graphql/pagination/connection.type';
import { countyIdOf } from '../../reference/county-key';
import { chinaDate } from '../../common/china-date';
import { scopedQuery } from '../../graphql/scoped-query';
import { FarmlandAssessmentsArgs } from './farmland-assessment.args';
import { assessUnits } from './farmland-assessment';
import { FarmlandAssessmentConnection } from './farmland-assessment.connection';
import { FarmlandAssessment } from './farmland-assessment.type';
import { COMPUTED_COST } from '../../graphql/limits/field-costs';

function dayOf(ctx: HubContext, asOf: string | null | undefined): string {
  const today = chinaDate(ctx.access.now);
  if (asOf && asOf > today) throw new HubError(ErrorCode.BAD_USER_INPUT, '评价日不得晚于今天', { details: { argument: 'asOf' } });
  return asOf ?? today;
}

@Resolver(() => FarmlandAssessment)
export class FarmlandAssessmentResolver {
  @Query(() => FarmlandAssessment, {
    complexity: COMPUTED_COST,
    nullable: true,
    description: '按 GB 15618-2018 评价一个耕地单元的土壤环境质量类别，附决定项目、农产品协同监测信号和历史；没有该单元（或不在本县范围内）时为空',
  })
  async farmlandAssessment(
    @Arg('unit', { description: '耕地单元编码' }) unit: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: '评价日，缺省为今天' }) asOf: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<FarmlandAssessment | null> {
    const day = dayOf(ctx, asOf);
    // The same assessment under several aliases runs once.
    return ctx.loaders.get(`farmlandAssessment:${unit}:${day}`, async () => {
      const row = await scopedQuery(ctx, FarmlandUnitEntity).andWhere('e.code = :code', { code: unit }).getOne();
      // Out of the caller's scope reads as absent, like every lookup.
      if (!row) return null;
      const [assessment] = await assessUnits(ctx, [row], day);
      return assessment;
    });
  }

  @Query(() => FarmlandAssessmentConnection, { description: '批量评价一个县的耕地单元（按单元编码分页）' })
  async farmlandAssessments(@Args() args: FarmlandAssessmentsArgs, @Ctx() ctx: HubContext): Promise<FarmlandAssessmentConnection> {
    const day = dayOf(ctx, args.asOf);
    const countyId = await countyIdOf(ctx, args.county);
    const page = await list(ctx, FarmlandUnitEntity, args, {
      filter: (qb) => qb.andWhere('e.county_id = :countyId', { countyId }),
      sort: [{ expr: 'e.code', value: (r) => r.code }],
      toNode: (row) => row,
      // The page is of units; its nodes are replaced by their assessments below.
      make: () => new FarmlandAssessmentConnection() as unknown as ConnectionValue<FarmlandUnitEntity>,
    });
    const assessments = await assessUnits(ctx, page.nodes, day);
    return Object.assign(page, {
      nodes: assessments,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: assessments[i] })),
    }) as unknown as FarmlandAssessmentConnection;
  }
}
