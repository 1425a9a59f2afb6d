import { Arg, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BACKGROUND_ITEMS } from '../decision/construction/gb36600-rules';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { byId } from '../graphql/relations/by-id.loader';
import { scopedQuery } from '../graphql/scoped-query';
import { AnalyteEntity } from '../reference/analyte.entity';
import { Analyte, toAnalyte } from '../reference/analyte.type';
import { countyIdOf } from '../reference/county-key';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { submitOne } from '../submission/submit-one';
import { BackgroundValueEntity } from './background-value.entity';
import { BackgroundValue, toBackgroundValue } from './background-value.type';
import { SubmissionResult } from './soil-sample.submission';

@Resolver(() => BackgroundValue)
export class BackgroundValueResolver {
  @Query(() => [BackgroundValue], { description: '土壤环境背景值：全市的和各县的（县的值优先于全市的）' })
  backgroundValues(@Ctx() ctx: HubContext): Promise<BackgroundValue[]> {
    return scopedQuery(ctx, BackgroundValueEntity)
      .orderBy('e.analyte_id')
      .addOrderBy('e.county_id', 'ASC', 'NULLS FIRST')
      .limit(BACKGROUND_ITEMS.length * 16)
      .getMany()
      .then((rows) => rows.map(toBackgroundValue));
  }

  @Mutation(() => SubmissionResult, {
    description: '设定或修改砷、钴、钒的土壤环境背景值（环保部门）：缺省县为全市的值；用地审批把关只采用这里的值，不采用调用方给出的值',
  })
  async setBackgroundValue(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('analyte', { description: 'As、Co 或 V' }) analyte: string,
    @Arg('value', () => Float, { description: '背景值（mg/kg，正数）' }) value: number,
    @Arg('basis', { description: '依据：文件或报告名称、发布单位和年份' }) basis: string,
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码；缺省为全市' }) county: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    if (!BACKGROUND_ITEMS.includes(analyte)) throw badInput('analyte', `背景值只适用于砷 As、钴 Co、钒 V，不适用于 ${analyte}（GB 36600-2018 表1、表2 注①）`);
    if (!(value > 0)) throw badInput('value', '背景值应为正数');
    if (!basis.trim()) throw badInput('basis', '须写明背景值的依据');
    const countyId = county ? await countyIdOf(ctx, county) : null;
    const [{ id: analyteId }] = await ctx.db.query('SELECT id FROM analyte WHERE code = $1', [analyte]);
    const values = { analyte, county: county ?? null, value, basis: basis.trim() };
    return submitOne(ctx, {
      operation: 'setBackgroundValue',
      idempotencyKey,
      typeName: 'BackgroundValue',
      countyId: null,
      apply: async (m) => {
        const [row] = await m.query(
          `INSERT INTO background_value (analyte_id, county_id, value, basis, updated_by, updated_at, source) VALUES ($1, $2, $3, $4, $5, $6, 'submitted')
           ON CONFLICT (analyte_id, county_id) DO UPDATE SET value = EXCLUDED.value, basis = EXCLUDED.basis, updated_by = EXCLUDED.updated_by,
                  updated_at = EXCLUDED.updated_at, source = EXCLUDED.source
           RETURNING id, (xmax = 0) AS inserted`,
          [analyteId, countyId, value, values.basis, ctx.access.principal.departmentId, ctx.access.now],
        );
        return { recordId: row.id, code: `${analyte}/${county ?? '全市'}`, op: row.inserted ? 'insert' : 'update', values };
      },
    });
  }

  @FieldResolver(() => Analyte, { nullable: true, description: '监测项目' })
  analyte(@Root() b: BackgroundValue, @Ctx() ctx: HubContext): Promise<Analyte | null> {
    return byId(ctx, AnalyteEntity, toAnalyte).load(b.analyteId);
  }

  @FieldResolver(() => County, { nullable: true, description: '适用的县级行政区；空为全市' })
  county(@Root() b: BackgroundValue, @Ctx() ctx: HubContext): Promise<County | null> {
    return b.countyId === null ? Promise.resolve(null) : byId(ctx, CountyEntity, County.from).load(b.countyId);
  }
}
