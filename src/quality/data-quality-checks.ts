import type { DataSource } from 'typeorm';

/** One suspect thing in the data, with the records it concerns and what makes it suspect. */
export interface Finding {
  /** Stable across runs: the check and the records. */
  key: string;
  check: string;
  /** The catalog resource whose provider answers for it. */
  resource: string;
  records: string[];
  message: string;
  evidence: string;
}

interface Check {
  name: string;
  resource: string;
  /** Rows of (key, records text[], message, evidence); bounded by the caller's LIMIT. */
  sql: string;
}

const DESIGNATION = `CASE d.designation WHEN 'grain' THEN '附表5-1' WHEN 'vegetable' THEN '附表5-2' ELSE '附表5-3' END`;

/**
 * The checks, each one statement over the whole data: the plan's tables as loaded (a copy slip stays as printed,
 * and is named here) and what departments submit.
 */
const CHECKS: Check[] = [
  {
    name: '两行数字完全相同',
    resource: 'DesignatedCountyFigure',
    sql: `SELECT 'figure-repeat:' || a.id || ':' || b.id AS key,
                 ARRAY[${DESIGNATION.replace(/d\./g, 'da.')} || ' ' || ca.name || ' ' || a.item, ${DESIGNATION.replace(/d\./g, 'db.')} || ' ' || cb.name || ' ' || b.item] AS records,
                 ${DESIGNATION.replace(/d\./g, 'da.')} || ' ' || ca.name || ' ' || a.item || '的种植面积和产量（' || trim_scale(a.planting_area_hm2) || ' hm²，'
                   || trim_scale(a.output_tonnes_per_year) || ' t/a）与 ' || cb.name || ' ' || b.item || '的完全相同：两个县、两种作物数字一致到个位，疑为抄录错误' AS message,
                 'designatedCounties(designation: ' || upper(da.designation::text) || ') { county { name } figures { item plantingAreaHm2 outputTonnesPerYear } }' AS evidence
            FROM designated_county_figure a JOIN designated_county da ON da.id = a.designated_county_id JOIN county ca ON ca.id = da.county_id
            JOIN designated_county_figure b ON b.id > a.id AND b.planting_area_hm2 = a.planting_area_hm2 AND b.output_tonnes_per_year = a.output_tonnes_per_year
            JOIN designated_county db ON db.id = b.designated_county_id JOIN county cb ON cb.id = db.county_id
           WHERE NOT a.is_subtotal AND NOT b.is_subtotal AND (a.designated_county_id <> b.designated_county_id OR a.item <> b.item)
           ORDER BY a.id, b.id`,
  },
  {
    name: '小计与分项之和不符',
    resource: 'DesignatedCountyFigure',
    sql: `SELECT 'subtotal:' || s.id AS key, ARRAY[${DESIGNATION} || ' ' || c.name || ' 小计'] AS records,
                 ${DESIGNATION} || ' ' || c.name || '的小计（' || coalesce(trim_scale(s.planting_area_hm2)::text, '—') || ' hm²，' || coalesce(trim_scale(s.output_tonnes_per_year)::text, '—')
                   || ' t/a）与分项之和（' || trim_scale(sum(f.planting_area_hm2)) || ' hm²，' || trim_scale(sum(f.output_tonnes_per_year)) || ' t/a）不符' AS message,
                 'designatedCounties(designation: ' || upper(d.designation::text) || ') { county { name } figures { item isSubtotal plantingAreaHm2 outputTonnesPerYear } }' AS evidence
            FROM designated_county_figure s JOIN designated_county d ON d.id = s.designated_county_id JOIN county c ON c.id = d.county_id
            JOIN designated_county_figure f ON f.designated_county_id = s.designated_county_id AND NOT f.is_subtotal
           WHERE s.is_subtotal
           GROUP BY s.id, d.designation, c.name
          HAVING abs(coalesce(s.planting_area_hm2, 0) - coalesce(sum(f.planting_area_hm2), 0)) > 0.5
              OR abs(coalesce(s.output_tonnes_per_year, 0) - coalesce(sum(f.output_tonnes_per_year), 0)) > 0.5
           ORDER BY s.id`,
  },
  {
    name: '测定值高于第二类用地管制值十倍',
    resource: 'Measurement',
    sql: `SELECT 'measurement-magnitude:' || m.id AS key, ARRAY[s.code || ' ' || a.code] AS records,
                 '样品 ' || s.code || ' 的' || t.item_name || '为 ' || trim_scale(m.value) || ' mg/kg，是 GB 36600-2018 第二类用地管制值（' || trim_scale(t.intervention_class2)
                   || ' mg/kg）的 ' || round(m.value / t.intervention_class2, 1) || ' 倍：请核对单位（μg/kg 与 mg/kg）和小数点' AS message,
                 'soilSample(code: "' || s.code || '") { code sampledOn measurements(first: 50) { nodes { analyte { code } value unit } } }' AS evidence
            FROM measurement m JOIN gb36600_threshold t ON t.analyte_id = m.analyte_id JOIN analyte a ON a.id = m.analyte_id JOIN soil_sample s ON s.id = m.sample_id
           WHERE NOT m.below_detection AND m.value > 10 * t.intervention_class2
           ORDER BY m.id`,
  },
];

export async function findings(db: DataSource, limit: number): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const check of CHECKS) {
    if (out.length >= limit) break;
    const rows: Omit<Finding, 'check' | 'resource'>[] = await db.query(`${check.sql} LIMIT ${limit - out.length}`);
    out.push(...rows.map((r) => ({ ...r, check: check.name, resource: check.resource })));
  }
  return out;
}
