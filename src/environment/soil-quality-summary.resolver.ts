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

/**
 * One analyte's summary by county and year, within the caller's row scope over the points, from the tally the
 * database keeps exact (migration 1796340000000): a few dozen rows however many measurements there are. The
 * points' row scope restricts by county only (`e.county_id`), a column the tally has under the same alias.
 */
async function summarise(ctx: HubContext, analyte: string, year: number | null): Promise<SoilQualitySummary[]> {
  const analyteId = await analyteIdOf(ctx, analyte);
  const rows: Record<string, number>[] = await ctx.db.query(
    `SELECT e.county_id, e.year, e.samples, e.exceedances
       FROM soil_quality_tally e
      WHERE e.analyte_id = $1 AND ($2::int IS NULL OR e.year = $2) AND ${ctx.access.rowScope(MonitoringPointEntity) ?? 'TRUE'}
      ORDER BY e.county_id, e.year`,
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
