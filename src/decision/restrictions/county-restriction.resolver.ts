import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { chinaDate } from '../../common/china-date';
import { LocalDate } from '../../common/local-date.scalar';
import { SubmissionResult } from '../../environment/soil-sample.submission';
import type { HubContext } from '../../graphql/context';
import { badInput } from '../../graphql/hub-error';
import { byId } from '../../graphql/relations/by-id.loader';
import { scopedQuery } from '../../graphql/scoped-query';
import { countyIdOf } from '../../reference/county-key';
import { CountyEntity } from '../../reference/county.entity';
import { County } from '../../reference/county.type';
import { submitOnce } from '../../submission/submit-once';
import { CountyRestrictionEntity } from './county-restriction.entity';
import { CountyRestriction, toRestriction } from './county-restriction.type';
import { RestrictionKind } from './restriction-kind.enum';

/** Every county's decisions fit: eleven counties, a handful each. */
const MAX_RESTRICTIONS = 500;

@Resolver(() => CountyRestriction)
export class CountyRestrictionResolver {
  @Query(() => [CountyRestriction], { description: '县（市、区）限批决定，新的在前' })
  async countyRestrictions(
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码' }) county: string | null,
    @Arg('inForce', () => Boolean, { nullable: true, description: 'true 只看今天仍在执行的' }) inForce: boolean | null,
    @Ctx() ctx: HubContext,
  ): Promise<CountyRestriction[]> {
    const countyId = county ? await countyIdOf(ctx, county) : null;
    const today = chinaDate(ctx.access.now);
    const qb = scopedQuery(ctx, CountyRestrictionEntity);
    if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
    if (inForce) qb.andWhere('e.imposed_on <= :today AND (e.lifted_on IS NULL OR e.lifted_on > :today)', { today });
    const rows = await qb.orderBy('e.imposed_on', 'DESC').addOrderBy('e.id', 'DESC').limit(MAX_RESTRICTIONS).getMany();
    return rows.map(toRestriction);
  }

  @Mutation(() => SubmissionResult, {
    description: '登记对县（市、区）的限批决定（平台管理员按市政府决定登记）：用地限批期间，该县的规划许可、土地供应、施工许可把关不予通过',
  })
  async imposeCountyRestriction(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('county', { description: '县级行政区名称或代码' }) county: string,
    @Arg('kind', () => RestrictionKind, { description: '限批措施' }) kind: RestrictionKind,
    @Arg('reason', { description: '事由和决定文号' }) reason: string,
    @Arg('imposedOn', () => LocalDate, { description: '起始日期（不得晚于今天）' }) imposedOn: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    ctx.access.authorise({ kind: 'administer', task: 'restrictions' });
    const countyId = await countyIdOf(ctx, county);
    if (!reason.trim()) throw badInput('reason', '请写明事由和决定文号');
    if (imposedOn > chinaDate(ctx.access.now)) throw badInput('imposedOn', '起始日期不得晚于今天');
    return submitOnce(
      ctx,
      'imposeCountyRestriction',
      idempotencyKey,
      async (m) => {
        const [row] = await m.query(
          `INSERT INTO county_restriction (county_id, kind, reason, imposed_on, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [countyId, kind, reason.trim(), imposedOn, ctx.access.principal.departmentId],
        );
        return String(row.id);
      },
      { county, kind },
    );
  }

  @Mutation(() => SubmissionResult, { description: '解除限批（平台管理员按市政府决定登记）' })
  async liftCountyRestriction(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('id', () => Int, { description: '限批决定的标识' }) id: number,
    @Arg('liftedOn', () => LocalDate, { description: '解除日期（不得晚于今天）' }) liftedOn: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    ctx.access.authorise({ kind: 'administer', task: 'restrictions' });
    if (liftedOn > chinaDate(ctx.access.now)) throw badInput('liftedOn', '解除日期不得晚于今天');
    return submitOnce(ctx, 'liftCountyRestriction', idempotencyKey, async (m) => {
      const [[row]] = await m.query(`UPDATE county_restriction SET lifted_on = $2 WHERE id = $1 AND lifted_on IS NULL AND imposed_on <= $2 RETURNING id`, [
        id,
        liftedOn,
      ]);
      if (!row) throw badInput('id', `没有标识为 ${id} 、未解除且不晚于解除日期的限批决定`);
      return String(id);
    });
  }

  @FieldResolver(() => County, { nullable: true, description: '县级行政区' })
  county(@Root() r: CountyRestriction, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(r.countyId);
  }
}
