import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { scopedQuery } from '../graphql/scoped-query';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { COMPUTED_COST } from '../graphql/limits/field-costs';

@ObjectType('SiteRegisterChanges', { description: '污染地块名录在一段时间内的变化：新列入和移出的地块' })
export class SiteRegisterChanges {
  @Field(() => LocalDate, { nullable: true, description: '起始日期（含）' })
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: '截止日期（含）' })
  to!: string;

  @Field(() => [ContaminatedSite], { nullable: true, description: '期间列入名录的地块' })
  added!: ContaminatedSite[];

  @Field(() => [ContaminatedSite], { nullable: true, description: '期间移出名录的地块' })
  removed!: ContaminatedSite[];
}

@Resolver(() => SiteRegisterChanges)
export class SiteRegisterResolver {
  @Query(() => SiteRegisterChanges, { complexity: COMPUTED_COST, description: '污染地块名录的增减（方案第（六）条：名录动态更新并向社会公开）' })
  async siteRegisterChanges(
    @Arg('from', () => LocalDate, { description: '起始日期（含）' }) from: string,
    @Arg('to', () => LocalDate, { description: '截止日期（含）' }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<SiteRegisterChanges> {
    if (to < from) throw new HubError(ErrorCode.BAD_USER_INPUT, '截止日期不得早于起始日期', { details: { argument: 'to' } });
    const between = (column: string) =>
      scopedQuery(ctx, ContaminatedSiteEntity)
        .andWhere(`e.${column} BETWEEN :from AND :to`, { from, to })
        .orderBy(`e.${column}`, 'ASC')
        .addOrderBy('e.code', 'ASC')
        .getMany();
    const [added, removed] = await Promise.all([between('listed_on'), between('removed_on')]);
    return Object.assign(new SiteRegisterChanges(), { from, to, added: added.map(toSite), removed: removed.map(toSite) });
  }
}
