import { Arg, Ctx, Extensions, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { scopedQuery } from '../graphql/scoped-query';
import { hydrate } from '../graphql/relations/hydrate';
import { countyIdOf } from '../reference/county-key';
import { chinaDate } from '../common/china-date';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { COMPUTED_COST } from '../graphql/limits/field-costs';

/** What the estimate assumes of the register; the response budget holds the real size, the statement at most REGISTER_LIMIT. */
const REGISTER_BOUND = 200;
const REGISTER_LIMIT = 2_000;

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

  @Query(() => [ContaminatedSite], {
    complexity: COMPUTED_COST,
    description: '某日（含当日）结束时的污染地块名录及各地块的负面清单、管控区域：按变更历史回查（方案第（十九）条：名录和负面清单动态更新）',
  })
  @Extensions({ listBound: REGISTER_BOUND })
  async siteRegister(
    @Arg('asOf', () => LocalDate, { description: '日期（不得晚于今天）' }) asOf: string,
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码' }) county: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ContaminatedSite[]> {
    if (asOf > chinaDate(ctx.access.now)) throw new HubError(ErrorCode.BAD_USER_INPUT, '日期不得晚于今天', { details: { argument: 'asOf' } });
    const countyId = county ? await countyIdOf(ctx, county) : null;
    const scope = ctx.access.rowScope(ContaminatedSiteEntity);
    // The versions valid at the end of that day in China, read as rows of the table so the row scope applies as is.
    const rows: Record<string, unknown>[] = await ctx.db.query(
      `SELECT e.* FROM (SELECT (jsonb_populate_record(NULL::contaminated_site, v.data)).* FROM contaminated_site_version v
                         WHERE v.valid_from < (($1::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
                           AND (v.valid_to IS NULL OR v.valid_to >= (($1::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))) e
        WHERE e.status IN ('registered', 'under_control', 'under_remediation') AND ($2::int IS NULL OR e.county_id = $2)${scope ? ` AND ${scope}` : ''}
        ORDER BY e.code LIMIT ${REGISTER_LIMIT}`,
      [asOf, countyId],
    );
    return rows.map((r) => toSite(hydrate(ctx.db, ContaminatedSiteEntity, r)));
  }
}
