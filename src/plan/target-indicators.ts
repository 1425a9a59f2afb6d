import type { HubContext } from '../graphql/context';
import type { PlanTargetEntity } from './plan-target.entity';
import { TargetComparison } from './target-comparison.enum';
import { TargetProgress } from './target-progress.type';
import { TargetStatus } from './target-status.enum';

interface Figures {
  numerator: number;
  denominator: number | null;
  records: number;
}

interface Indicator {
  /** Percent of numerator over denominator, or the numerator itself (an area). */
  kind: 'rate' | 'amount';
  formula: string;
  note: string;
  evidence: (county: string | null) => string;
  /** $1 county id or null, $2 the year's last day. */
  sql: string;
}

const COUNTY = '($1::int IS NULL OR u.county_id = $1)';

/**
 * The 附表1 indicators the hub's data supports, each an SQL statement over the records as at the end of the year,
 * with its formula in words. The rest are reported by their departments; the hub does not infer them.
 */
const INDICATORS: Record<number, Indicator> = {
  1: {
    kind: 'rate',
    formula:
      '受污染耕地安全利用率 =（已采取安全利用措施且当年农产品未超标的安全利用类耕地面积 + 已划定特定农产品禁止生产区的严格管控类耕地面积）÷ 安全利用类和严格管控类耕地面积 × 100%',
    note: '按耕地单元现行类别计；安全利用措施以开始日期、禁止生产区以划定日期在年底前为准',
    evidence: (c) =>
      `{ farmlandUnits(first: 100${c ? `, county: "${c}"` : ''}, qualityClass: SAFE_USE) { nodes { code areaMu safeUseMeasures { measure startedOn } } } }`,
    sql: `WITH units AS (
            SELECT u.id, u.area_mu, u.quality_class FROM farmland_unit u
             WHERE u.quality_class IN ('safe_use', 'strict_control') AND (u.classified_on IS NULL OR u.classified_on <= $2) AND ${COUNTY}),
          safe AS (
            SELECT u.area_mu FROM units u
             WHERE (u.quality_class = 'safe_use'
                    AND EXISTS (SELECT 1 FROM safe_use_measure m WHERE m.farmland_unit_id = u.id AND m.started_on <= $2)
                    AND NOT EXISTS (SELECT 1 FROM agri_product_sample a WHERE a.farmland_unit_id = u.id AND a.over_limit
                                      AND a.sampled_on BETWEEN date_trunc('year', $2::date)::date AND $2))
                OR (u.quality_class = 'strict_control'
                    AND EXISTS (SELECT 1 FROM prohibited_zone z WHERE z.farmland_unit_id = u.id AND z.designated_on <= $2)))
          SELECT (SELECT coalesce(sum(area_mu), 0) FROM safe)::float8 AS numerator, (SELECT coalesce(sum(area_mu), 0) FROM units)::float8 AS denominator,
                 (SELECT count(*) FROM units)::int AS records`,
  },
  2: {
    kind: 'rate',
    formula:
      '污染地块安全利用率 = 年底前办理了供地、规划许可或施工许可且每项审批都经用地审批把关通过的（曾列入名录的）地块宗地数 ÷ 年底前办理了上述审批的（曾列入名录的）地块宗地数 × 100%',
    note: '“曾列入名录”指有列入名录日期的地块；审批以登记时当场通过的把关记录为准（2026 年起登记的审批才有），此前登记的审批计为未经把关',
    evidence: () => '{ approvalChecks(first: 100) { nodes { parcel { parcelCode } approvalType allowed checkedAt } } }',
    sql: `WITH approvals AS (
            SELECT t.parcel_id, t.approval_check_id FROM land_transaction t
             WHERE t.kind = 'supply' AND t.status IN ('approved', 'completed') AND t.decided_on <= $2
            UNION ALL SELECT p.parcel_id, p.approval_check_id FROM planning_permit p WHERE p.issued_on <= $2
            UNION ALL SELECT c.parcel_id, c.approval_check_id FROM construction_project c WHERE c.construction_permitted_on <= $2),
          parcels AS (
            SELECT a.parcel_id, bool_and(a.approval_check_id IS NOT NULL) AS checked FROM approvals a
              JOIN land_parcel u ON u.id = a.parcel_id JOIN contaminated_site s ON s.id = u.site_id
             WHERE s.listed_on IS NOT NULL AND s.listed_on <= $2 AND ${COUNTY}
             GROUP BY a.parcel_id)
          SELECT count(*) FILTER (WHERE checked)::float8 AS numerator, count(*)::float8 AS denominator, count(*)::int AS records FROM parcels`,
  },
  3: {
    kind: 'amount',
    formula: '轻度和中度污染耕地安全利用面积 = 安全利用类耕地上年底前开始的安全利用措施面积之和（亩）',
    note: '按安全利用措施登记的面积计',
    evidence: (c) =>
      `{ farmlandUnits(first: 100${c ? `, county: "${c}"` : ''}, qualityClass: SAFE_USE) { nodes { code safeUseMeasures { measure areaMu startedOn } } } }`,
    sql: `SELECT coalesce(sum(m.area_mu), 0)::float8 AS numerator, NULL::float8 AS denominator, count(*)::int AS records
            FROM safe_use_measure m JOIN farmland_unit u ON u.id = m.farmland_unit_id
           WHERE u.quality_class = 'safe_use' AND m.started_on <= $2 AND ${COUNTY}`,
  },
};

/** Who reports the indicators the data cannot compute (the department the note names), for the city. */
export const REPORTERS: Record<number, string> = {
  4: 'agriculture',
  5: 'agriculture',
  6: 'environment',
  7: 'agriculture',
  8: 'agriculture',
  9: 'agriculture',
  10: 'agriculture',
  11: 'agriculture',
};

const NOT_COMPUTED: Record<number, string> = {
  4: '省政府下达的种植结构调整指标和完成面积不在平台中：由市农业局报送',
  5: '平台没有受污染耕地治理与修复工程的数据：由市农业局报送',
  6: '平台没有重点工业行业重金属排放量数据：由市环保局按年度报送',
  7: '平台没有化肥使用数据：由市农业局报送',
  8: '平台没有测土配方施肥推广数据：由市农业局报送',
  9: '平台没有农药使用数据：由市农业局报送',
  10: '平台没有畜禽养殖场设施数据：由市农业局（畜牧）报送',
  11: '平台没有畜禽粪污资源化利用数据：由市农业局（畜牧）报送',
};

/** Whether a value meets a target as the comparison reads it; a tolerance applies to ABOUT only. */
export function statusOf(value: number | null, comparison: TargetComparison | null, target: number | null, tolerance: number | null): TargetStatus {
  if (value === null) return TargetStatus.NO_DATA;
  if (target === null || comparison === null || comparison === TargetComparison.AS_ASSIGNED) return TargetStatus.NO_TARGET;
  const met =
    comparison === TargetComparison.AT_MOST ? value <= target : comparison === TargetComparison.ABOUT ? value >= target - (tolerance ?? 0) : value >= target;
  return met ? TargetStatus.MET : TargetStatus.NOT_MET;
}

/** "92%以上" as printed elsewhere: read the same way as the table's own texts. */
const OTHER_AT_LEAST = /^(\d+(?:\.\d+)?)%以上/;

export async function progressOf(
  ctx: HubContext,
  target: PlanTargetEntity,
  county: { id: number; name: string } | null,
  year: number,
): Promise<TargetProgress> {
  const base = { county: county?.name ?? null, year, statusByOtherText: null, numerator: null, denominator: null, records: null, evidence: null };
  const indicator = INDICATORS[target.seq];
  if (!indicator) {
    const [reported]: { value: number; basis: string; reporter: string; reportedOn: string }[] = await ctx.db.query(
      `SELECT r.value::float8 AS value, r.basis, d.name AS reporter, (r.reported_at AT TIME ZONE 'Asia/Shanghai')::date::text AS "reportedOn"
         FROM indicator_report r JOIN department d ON d.id = r.reported_by
        WHERE r.target_id = $1 AND r.year = $2 AND r.county_id IS NOT DISTINCT FROM $3`,
      [target.id, year, county?.id ?? null],
    );
    if (!reported) {
      return Object.assign(new TargetProgress(), base, {
        value: null,
        status: TargetStatus.NOT_COMPUTED,
        formula: '—',
        note: `${NOT_COMPUTED[target.seq] ?? '平台的数据不足以计算'}（reportIndicatorValue）`,
      });
    }
    return Object.assign(new TargetProgress(), base, {
      value: reported.value,
      status: statusOf(reported.value, target.comparison, target.targetValue, target.tolerance),
      formula: '报送值（平台不计算）',
      records: 1,
      note: `${reported.reporter} ${reported.reportedOn} 报送：${reported.basis}`,
    });
  }
  const [f]: Figures[] = await ctx.db.query(indicator.sql, [county?.id ?? null, `${year}-12-31`]);
  const value = indicator.kind === 'amount' ? f.numerator : f.denominator ? Number(((100 * f.numerator) / f.denominator).toFixed(2)) : null;
  // A city-wide amount says nothing about a county's share: its target is the county's 目标责任书.
  const applies = indicator.kind === 'rate' || county === null;
  const status = applies
    ? statusOf(value, target.comparison, target.targetValue, target.tolerance)
    : value === null
      ? TargetStatus.NO_DATA
      : TargetStatus.NO_TARGET;
  const other = target.otherText ? OTHER_AT_LEAST.exec(target.otherText) : null;
  return Object.assign(new TargetProgress(), base, {
    value,
    status,
    statusByOtherText: other && applies ? statusOf(value, TargetComparison.AT_LEAST, Number(other[1]), null) : null,
    formula: indicator.formula,
    numerator: f.numerator,
    denominator: f.denominator,
    records: f.records,
    evidence: indicator.evidence(county?.name ?? null),
    note: indicator.note,
  });
}
