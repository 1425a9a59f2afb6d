import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { chinaDate } from '../common/china-date';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { COMPUTED_COST } from '../graphql/limits/field-costs';
import { countyIdOf } from '../reference/county-key';
import { SoilIndicator } from './soil-indicator.type';

const FIRST_YEAR = 2017;
const COUNTY = (alias: string) => `($1::int IS NULL OR ${alias}.county_id = $1)`;

/** Each row: code, name, unit, formula and the SQL giving numerator and denominator ($1 county or null, $2 year, typed by the wrapper). */
const INDICATORS: { code: string; name: string; unit: string; formula: string; rate: boolean; sql: string }[] = [
  {
    code: 'priority_area',
    name: '优先保护类耕地面积',
    unit: '亩',
    formula: '优先保护类耕地单元面积之和（现行类别）',
    rate: false,
    sql: `SELECT coalesce(sum(u.area_mu), 0)::float8 AS numerator, NULL::float8 AS denominator FROM farmland_unit u WHERE u.quality_class = 'priority_protection' AND ${COUNTY('u')}`,
  },
  {
    code: 'priority_area_change',
    name: '优先保护类耕地面积较首次记录的变化',
    unit: '亩',
    formula: '现行优先保护类耕地面积 − 首次记录（预警基数）的面积；全市为各县之和',
    rate: false,
    sql: `SELECT (coalesce(sum(cur.area), 0) - coalesce(sum(b.area_mu), 0))::float8 AS numerator, NULL::float8 AS denominator
            FROM county c
            CROSS JOIN LATERAL (SELECT pb.area_mu FROM priority_area_baseline pb WHERE pb.county_id = c.id ORDER BY pb.year LIMIT 1) b
            CROSS JOIN LATERAL (SELECT coalesce(sum(u.area_mu), 0) AS area FROM farmland_unit u WHERE u.county_id = c.id AND u.quality_class = 'priority_protection') cur
           WHERE ($1::int IS NULL OR c.id = $1)`,
  },
  {
    code: 'farmland_point_coverage',
    name: '耕地单元监测覆盖率',
    unit: '%',
    formula: '有农用地监测点位的耕地单元数 ÷ 耕地单元数 × 100%',
    rate: true,
    sql: `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM monitoring_point p WHERE p.farmland_unit_id = u.id AND p.point_type = 'farmland'))::float8 AS numerator,
                 count(*)::float8 AS denominator FROM farmland_unit u WHERE ${COUNTY('u')}`,
  },
  {
    code: 'monitoring_points',
    name: '土壤环境监测点位数',
    unit: '个',
    formula: '设立日期不晚于年底（或未记载）的监测点位数（各类型合计；分类型见 soilQualitySummary 和 monitoringPoints(pointType)）',
    rate: false,
    sql: `SELECT count(*)::float8 AS numerator, NULL::float8 AS denominator FROM monitoring_point u
           WHERE (u.established_on IS NULL OR u.established_on <= make_date($2, 12, 31)) AND ${COUNTY('u')}`,
  },
  {
    code: 'self_monitoring_rate',
    name: '重点监管企业自行监测报告报送率',
    unit: '%',
    formula: '当年报送自行监测报告的在产重点监管企业数 ÷ 在产重点监管企业数 × 100%',
    rate: true,
    sql: `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM self_monitoring_report r WHERE r.enterprise_id = u.id AND r.year = $2))::float8 AS numerator,
                 count(*)::float8 AS denominator FROM key_enterprise u WHERE u.status = 'operating' AND ${COUNTY('u')}`,
  },
  {
    code: 'self_monitoring_disclosure_rate',
    name: '自行监测结果公开率',
    unit: '%',
    formula: '当年已公开的自行监测报告数 ÷ 当年报送的自行监测报告数 × 100%',
    rate: true,
    sql: `SELECT count(*) FILTER (WHERE r.disclosed_on IS NOT NULL)::float8 AS numerator, count(*)::float8 AS denominator
            FROM self_monitoring_report r JOIN key_enterprise u ON u.id = r.enterprise_id WHERE r.year = $2 AND ${COUNTY('u')}`,
  },
];

@Resolver(() => SoilIndicator)
export class SoilIndicatorsResolver {
  @Query(() => [SoilIndicator], {
    complexity: COMPUTED_COST,
    description: '统计指标（全市或一个县，按年度）：监测覆盖、优先保护类耕地面积及变化、企业自行监测报送和公开，附计算公式',
  })
  async soilIndicators(
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码；缺省为全市' }) county: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SoilIndicator[]> {
    const thisYear = Number(chinaDate(ctx.access.now).slice(0, 4));
    if (year < FIRST_YEAR || year > thisYear)
      throw new HubError(ErrorCode.BAD_USER_INPUT, `年度应在 ${FIRST_YEAR} 到 ${thisYear} 之间`, { details: { argument: 'year' } });
    const countyId = county ? await countyIdOf(ctx, county) : null;
    return Promise.all(
      INDICATORS.map(async (i) => {
        const [f]: { numerator: number; denominator: number | null }[] = await ctx.db.query(`SELECT * FROM (${i.sql}) q WHERE $2::int IS NOT NULL`, [
          countyId,
          year,
        ]);
        const value = i.rate ? (f.denominator ? Number(((100 * f.numerator) / f.denominator).toFixed(2)) : null) : f.numerator;
        return Object.assign(new SoilIndicator(), {
          code: i.code,
          name: i.name,
          unit: i.unit,
          formula: i.formula,
          value,
          numerator: f.numerator,
          denominator: f.denominator,
        });
      }),
    );
  }
}
