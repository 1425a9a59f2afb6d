import type { EntityManager } from 'typeorm';
import { chinaDate } from '../../common/china-date';
import { recordChanges } from '../../submission/outbox';

/**
 * Every alert condition that holds now, as rows (kind, subject_key, subject, county_id, message). Class-1 uses
 * are matched as planning/land-class.ts classifies them: R, A33, A5, A6, G1.
 */
const CONDITIONS = `
  SELECT 'priority_area_decrease'::alert_kind AS kind, 'county:' || c.id AS subject_key, c.name AS subject, c.id AS county_id,
         c.name || '优先保护类耕地面积由 ' || b.year || ' 年初的 ' || trim_scale(b.area_mu) || ' 亩减少到 ' || trim_scale(cur.area) || ' 亩（减少 '
           || trim_scale(b.area_mu - cur.area) || ' 亩），按方案第（十三）条实行预警提醒' AS message
    FROM county c
    -- Against the first year recorded, not this year's: "面积不减少" holds over the plan, a new year does not forgive a loss.
    CROSS JOIN LATERAL (SELECT pb.year, pb.area_mu FROM priority_area_baseline pb WHERE pb.county_id = c.id ORDER BY pb.year LIMIT 1) b
    CROSS JOIN LATERAL (SELECT coalesce(sum(f.area_mu) FILTER (WHERE f.quality_class = 'priority_protection'), 0) AS area
                          FROM farmland_unit f WHERE f.county_id = c.id) cur
   WHERE cur.area < b.area_mu
  UNION ALL
  SELECT 'soil_quality_decline', 'county:' || c.id, c.name, c.id,
         c.name || '受污染耕地（安全利用类和严格管控类）面积由 ' || b.year || ' 年初的 ' || trim_scale(b.polluted_area_mu) || ' 亩增加到 '
           || trim_scale(cur.area) || ' 亩（增加 ' || trim_scale(cur.area - b.polluted_area_mu) || ' 亩），土壤环境质量下降，按方案第（十三）条实行预警提醒'
    FROM county c
    CROSS JOIN LATERAL (SELECT pb.year, pb.polluted_area_mu FROM priority_area_baseline pb
                         WHERE pb.county_id = c.id AND pb.polluted_area_mu IS NOT NULL ORDER BY pb.year LIMIT 1) b
    CROSS JOIN LATERAL (SELECT coalesce(sum(f.area_mu) FILTER (WHERE f.quality_class IN ('safe_use', 'strict_control')), 0) AS area
                          FROM farmland_unit f WHERE f.county_id = c.id) cur
   WHERE cur.area > b.polluted_area_mu
  UNION ALL
  SELECT 'site_sensitive_use', 'parcel:' || l.id || ':' || u.category, l.parcel_code, l.county_id,
         '宗地 ' || l.parcel_code || ' 上的' || s.name || '（' || s.code || '）在污染地块名录内，规划用途却为 ' || u.category
           || '（居住等第一类用地）：未经治理修复并移出名录，不得办理规划、供地、建设审批'
    FROM land_parcel l
    JOIN contaminated_site s ON s.id = l.site_id AND s.status IN ('registered', 'under_control', 'under_remediation')
    CROSS JOIN LATERAL (SELECT p.category FROM planned_land_use p WHERE p.parcel_id = l.id ORDER BY p.approved_on DESC NULLS LAST, p.id DESC LIMIT 1) u
   WHERE upper(u.category) ~ '^(R|A33|A5|A6|G1)'
  UNION ALL
  SELECT 'missing_self_monitoring', 'enterprise:' || k.id || ':' || $2::int, k.name, k.county_id,
         k.name || '（' || k.credit_code || '）' || $2::int || ' 年度尚未报送土壤环境自行监测报告'
    FROM key_enterprise k
   WHERE k.status = 'operating'
     AND NOT EXISTS (SELECT 1 FROM self_monitoring_report r WHERE r.enterprise_id = k.id AND r.year = $2::int)
  UNION ALL
  SELECT 'investigation_overdue', 'notice:' || n.id, s.name || '（' || s.code || '）', n.county_id,
         '疑似污染地块 ' || s.name || '（' || s.code || '）：' || n.notified_on || ' 书面通知土地使用权人，期限 ' || n.due_on
           || ' 已过，尚未报送初步调查报告（方案第（六）条）'
    FROM investigation_notice n JOIN contaminated_site s ON s.id = n.site_id
   WHERE n.due_on < ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date
     AND NOT EXISTS (SELECT 1 FROM site_assessment_report r WHERE r.site_id = n.site_id AND r.stage = 'initial_investigation')`;

interface AlertChange {
  op: 'insert' | 'update';
  id: number;
  kind: string;
  subject: string;
  county_id: number;
  message: string;
  raised_at: Date;
  resolved_at: Date | null;
}

/**
 * Brings the alert table in line with the data, inside the caller's transaction: raises alerts whose condition
 * appeared, resolves those whose condition went, rewords open ones whose figures moved; each change goes to the
 * outbox with it. Serialised by an advisory lock so concurrent writers cannot raise the same alert twice.
 * A county's first scan of a year records its priority-protection area as that year's baseline.
 */
export async function scanAlerts(m: EntityManager, now: Date, changedBy: number | null): Promise<number> {
  const year = Number(chinaDate(now).slice(0, 4));
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('soilhub.alert-scan'))`);
  await m.query(
    `INSERT INTO priority_area_baseline (county_id, year, area_mu, polluted_area_mu, recorded_at)
     SELECT c.id, $2, coalesce(sum(f.area_mu) FILTER (WHERE f.quality_class = 'priority_protection'), 0),
            coalesce(sum(f.area_mu) FILTER (WHERE f.quality_class IN ('safe_use', 'strict_control')), 0), $1
       FROM county c LEFT JOIN farmland_unit f ON f.county_id = c.id GROUP BY c.id
     ON CONFLICT DO NOTHING`,
    [now, year],
  );
  const changes: AlertChange[] = await m.query(
    `WITH cond AS (${CONDITIONS}),
     raised AS (
       INSERT INTO alert (kind, subject_key, subject, county_id, message, raised_at)
       SELECT c.kind, c.subject_key, c.subject, c.county_id, c.message, $1 FROM cond c
        WHERE NOT EXISTS (SELECT 1 FROM alert a WHERE a.kind = c.kind AND a.subject_key = c.subject_key AND a.resolved_at IS NULL)
       RETURNING *),
     resolved AS (
       UPDATE alert a SET resolved_at = $1
        WHERE a.resolved_at IS NULL AND NOT EXISTS (SELECT 1 FROM cond c WHERE c.kind = a.kind AND c.subject_key = a.subject_key)
       RETURNING a.*),
     reworded AS (
       UPDATE alert a SET message = c.message FROM cond c
        WHERE a.resolved_at IS NULL AND c.kind = a.kind AND c.subject_key = a.subject_key AND a.message <> c.message
       RETURNING a.*)
     SELECT 'insert' AS op, * FROM raised
     UNION ALL SELECT 'update', * FROM resolved
     UNION ALL SELECT 'update', * FROM reworded
     ORDER BY id`,
    [now, year],
  );
  if (changes.length && changedBy !== null) {
    await recordChanges(
      m,
      changedBy,
      now,
      changes.map((c) => ({
        resource: 'Alert',
        recordId: c.id,
        op: c.op,
        countyId: c.county_id,
        values: { kind: c.kind, subject: c.subject, message: c.message, raisedAt: c.raised_at, resolvedAt: c.resolved_at },
      })),
    );
  }
  return changes.length;
}
