import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { byId } from '../graphql/relations/by-id.loader';
import { analyteIdOf } from '../reference/analyte-key';
import { AnalyteEntity } from '../reference/analyte.entity';
import { Analyte, toAnalyte } from '../reference/analyte.type';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { DepartmentKind } from '../reference/department-kind.enum';
import { MonitoringPointEntity } from './monitoring-point.entity';
import { SoilQualitySummary } from './soil-quality-summary.type';
import { COMPUTED_COST } from '../graphql/limits/field-costs';

/** Fewer samples than this and the public gets counts but no rate, so one sample cannot be singled out. */
export const MIN_GROUP_SIZE = 5;

const BASIS = 'GB 15618-2018 风险筛选值（按样品 pH 分档，取“其他”用地列）；农用地、国控和省控点位表层样品';

@Resolver(() => SoilQualitySummary)
export class SoilQualitySummaryResolver {
  @Query(() => [SoilQualitySummary], { complexity: COMPUTED_COST, description: '土壤环境质量统计：按县和年份汇总一个项目的样品数与超筛选值比例' })
  async soilQualitySummary(
    @Arg('analyte', { description: '监测项目编码（八种重金属：Cd、Hg、As、Pb、Cr、Cu、Ni、Zn）' }) analyte: string,
    @Arg('year', () => Int, { nullable: true, description: '年份；缺省为全部年份' }) year: number | null,
    @Ctx() ctx: HubContext,
  ): Promise<SoilQualitySummary[]> {
    const rows = await ctx.loaders.get(`soilQualitySummary:${analyte}:${year}`, () => summarise(ctx, analyte, year));
    ctx.budget.charge(rows.length);
    return rows;
  }

  @FieldResolver(() => County, { nullable: true, description: '县级行政区' })
  county(@Root() s: SoilQualitySummary, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(s.countyId);
  }

  @FieldResolver(() => Analyte, { nullable: true, description: '监测项目' })
  analyte(@Root() s: SoilQualitySummary, @Ctx() ctx: HubContext): Promise<Analyte | null> {
    return byId(ctx, AnalyteEntity, toAnalyte).load(s.analyteId);
  }
}

/** One analyte's summary by county and year, within the caller's row scope over the points (alias `e`). */
async function summarise(ctx: HubContext, analyte: string, year: number | null): Promise<SoilQualitySummary[]> {
  const analyteId = await analyteIdOf(ctx, analyte);
  const rows: Record<string, number>[] = await ctx.db.query(
    `WITH s AS (
       SELECT e.county_id, extract(year FROM s.sampled_on)::int AS year, m.value,
              CASE WHEN s.ph <= 5.5 THEN 'le_5_5' WHEN s.ph <= 6.5 THEN '5_5_to_6_5' WHEN s.ph <= 7.5 THEN '6_5_to_7_5' ELSE 'gt_7_5' END::ph_band AS band
         FROM measurement m JOIN soil_sample s ON s.id = m.sample_id JOIN monitoring_point e ON e.id = s.point_id
        WHERE m.analyte_id = $1 AND s.depth_top_cm = 0 AND s.ph IS NOT NULL
          AND e.point_type IN ('farmland', 'national_control', 'provincial_control')
          AND ($2::int IS NULL OR s.sampled_on >= make_date($2, 1, 1) AND s.sampled_on < make_date($2 + 1, 1, 1))
          AND ${ctx.access.rowScope(MonitoringPointEntity) ?? 'TRUE'}
     )
     SELECT s.county_id, s.year, count(*)::int AS samples, count(*) FILTER (WHERE s.value > t.value)::int AS exceedances
       FROM s JOIN gb15618_threshold t ON t.analyte_id = $1 AND t.kind = 'screening' AND t.ph_band = s.band AND t.land_type IN ('other', 'all')
      GROUP BY s.county_id, s.year ORDER BY s.county_id, s.year`,
    [analyteId, year],
  );
  const isPublic = ctx.access.principal.kind === DepartmentKind.PUBLIC;
  return rows.map((r) => {
    const hidden = isPublic && r.samples < MIN_GROUP_SIZE;
    return Object.assign(new SoilQualitySummary(), {
      countyId: r.county_id,
      analyteId,
      year: r.year,
      samples: r.samples,
      exceedances: hidden ? null : r.exceedances,
      exceedanceRate: hidden ? null : Number((r.exceedances / r.samples).toFixed(4)),
      basis: BASIS,
    });
  });
}
