import type { QueryRunner } from 'typeorm';
import { bulkInsert } from './bulk-insert';
import type { Random } from './random';

/**
 * The records that hang off the synthetic core: reports, projects, product and water samples, measures,
 * zones, transactions, permits and task progress. Every row is source = 'synthetic'.
 */
export async function generateRecords(q: QueryRunner, random: Random): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const insert = async (table: string, columns: [string, string, string?][], rows: unknown[][]) => {
    await bulkInsert(
      q,
      table,
      columns.map(([name, type, cast]) => ({ name, type, cast })),
      rows,
    );
    counts[table] = rows.length;
  };
  const date = (year: number, month: number, day = 15) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const enterprises: { id: number }[] = await q.query(`SELECT id FROM key_enterprise WHERE source = 'synthetic' ORDER BY id`);
  const reports: unknown[][] = [];
  for (const e of enterprises) {
    for (const year of [2017, 2018, 2019]) {
      if (year === 2019 && random.chance(0.1)) continue; // a few have not reported yet: the alert the plan asks for
      const exceeded = random.chance(0.06);
      reports.push([
        e.id,
        year,
        date(year + 1, 3, random.int(1, 28)),
        exceeded,
        exceeded ? '合成数据：厂区土壤个别点位镉超过筛选值，已启动详细调查' : '合成数据：各监测项目均未超过筛选值',
        random.chance(0.9) ? date(year + 1, 4) : null,
        'synthetic',
      ]);
    }
  }
  await insert(
    'self_monitoring_report',
    [
      ['enterprise_id', 'int'],
      ['year', 'int'],
      ['reported_on', 'date'],
      ['exceeded', 'boolean'],
      ['summary', 'text'],
      ['disclosed_on', 'date'],
      ['source', 'record_source'],
    ],
    reports,
  );

  const sites: { id: number; code: string; status: string }[] = await q.query(
    `SELECT id, code, status::text FROM contaminated_site WHERE status IN ('under_control', 'under_remediation', 'removed') ORDER BY id`,
  );
  const projects: unknown[][] = [];
  const [{ next }] = await q.query(`SELECT COALESCE(max(id), 0) + 1 AS next FROM remediation_project`);
  let projectId = Number(next);
  const progress: unknown[][] = [];
  const evaluations: unknown[][] = [];
  for (const [i, s] of sites.entries()) {
    const done = s.status === 'removed';
    const start = random.int(2018, 2019);
    projects.push([
      projectId,
      `SYN-RP-${String(i + 1).padStart(4, '0')}`,
      `合成示例治理修复工程${i + 1}（${s.code}）`,
      s.id,
      s.status === 'under_control' ? 'risk_control' : 'remediation',
      done ? 'accepted' : 'in_progress',
      date(start, 4),
      date(start + 2, 12, 31),
      `合成示例环境修复公司${(i % 7) + 1}`,
      Math.round(random.logNormal(2_000, 0.7)),
      'synthetic',
    ]);
    for (let y = start; y <= 2020; y++) {
      for (const half of [1, 2]) {
        const percent = Math.min(100, Math.round(((y - start) * 2 + half) * random.between(12, 22)));
        progress.push([
          projectId,
          `${y}H${half}`,
          date(y, half === 1 ? 7 : 12, 10),
          done ? Math.max(percent, 50) : Math.min(percent, 95),
          `合成数据：第 ${y} 年${half === 1 ? '上' : '下'}半年工程进展`,
          'synthetic',
        ]);
      }
    }
    if (done) evaluations.push([projectId, '合成示例第三方评估机构', date(2020, 11), true, '合成数据：修复后土壤各目标污染物均低于修复目标值', 'synthetic']);
    projectId++;
  }
  await insert(
    'remediation_project',
    [
      ['id', 'int'],
      ['code', 'text'],
      ['name', 'text'],
      ['site_id', 'int'],
      ['kind', 'remediation_kind'],
      ['status', 'project_status'],
      ['started_on', 'date'],
      ['planned_end_on', 'date'],
      ['contractor', 'text'],
      ['investment_wan_yuan', 'numeric'],
      ['source', 'record_source'],
    ],
    projects,
  );
  if (projects.length) await q.query(`SELECT setval(pg_get_serial_sequence('remediation_project', 'id'), (SELECT max(id) FROM remediation_project))`);
  await insert(
    'remediation_progress_report',
    [
      ['project_id', 'int'],
      ['period', 'text'],
      ['reported_on', 'date'],
      ['progress_percent', 'int'],
      ['summary', 'text'],
      ['source', 'record_source'],
    ],
    progress,
  );
  await insert(
    'remediation_evaluation',
    [
      ['project_id', 'int'],
      ['evaluator', 'text'],
      ['evaluated_on', 'date'],
      ['passed', 'boolean'],
      ['conclusion', 'text'],
      ['source', 'record_source'],
    ],
    evaluations,
  );

  const units: { id: number; code: string; county_id: number; quality_class: string; crop: string; area_mu: string }[] = await q.query(
    `SELECT id, code, county_id, quality_class::text, crop, area_mu FROM farmland_unit WHERE source = 'synthetic' ORDER BY id`,
  );
  const products: unknown[][] = [];
  const water: unknown[][] = [];
  const measures: unknown[][] = [];
  const zones: unknown[][] = [];
  for (const u of units) {
    const strict = u.quality_class === 'strict_control';
    const safe = u.quality_class === 'safe_use';
    const crop = u.crop.includes('小麦') ? '小麦' : u.crop;
    const cd = Number(random.logNormal(strict ? 0.15 : safe ? 0.06 : 0.03, 0.4).toPrecision(2));
    products.push([
      `SYN-AP-${u.code.slice(6)}`,
      u.county_id,
      u.id,
      crop,
      date(2020, 6, random.int(1, 28)),
      cd,
      Number(random.logNormal(0.05, 0.4).toPrecision(2)),
      Number(random.logNormal(0.004, 0.4).toPrecision(2)),
      Number(random.logNormal(0.05, 0.4).toPrecision(2)),
      Number(random.logNormal(0.2, 0.4).toPrecision(2)),
      strict ? random.chance(0.6) : safe ? random.chance(0.15) : false,
      'synthetic',
    ]);
    if (random.chance(0.1)) {
      water.push([
        `SYN-W-${u.code.slice(6)}`,
        u.county_id,
        u.id,
        date(2020, 5, random.int(1, 28)),
        Number(random.normal(7.8, 0.3).toFixed(2)),
        0.0001,
        Number(random.logNormal(0.001, 0.5).toPrecision(2)),
        Number(random.logNormal(0.005, 0.5).toPrecision(2)),
        0.004,
        Number(random.logNormal(0.01, 0.5).toPrecision(2)),
        Math.round(random.logNormal(40, 0.4)),
        'synthetic',
      ]);
    }
    if (safe)
      measures.push([u.id, random.pick(['低积累品种替代', '石灰调节土壤 pH', '深翻耕', '水分调控', '叶面阻控']), date(2020, 9), u.area_mu, 'synthetic']);
    if (strict)
      zones.push([`SYN-PZ-${u.code.slice(6)}`, `合成示例禁止生产区（${u.code}）`, u.county_id, u.id, '食用农产品', u.area_mu, date(2020, 10), 'synthetic']);
  }
  await insert(
    'agri_product_sample',
    [
      ['code', 'text'],
      ['county_id', 'int'],
      ['farmland_unit_id', 'int'],
      ['crop', 'text'],
      ['sampled_on', 'date'],
      ['cd', 'numeric'],
      ['pb', 'numeric'],
      ['hg', 'numeric'],
      ['as', 'numeric'],
      ['cr', 'numeric'],
      ['over_limit', 'boolean'],
      ['source', 'record_source'],
    ],
    products,
  );
  await insert(
    'irrigation_water_sample',
    [
      ['code', 'text'],
      ['county_id', 'int'],
      ['farmland_unit_id', 'int'],
      ['sampled_on', 'date'],
      ['ph', 'numeric'],
      ['hg', 'numeric'],
      ['cd', 'numeric'],
      ['as', 'numeric'],
      ['cr6', 'numeric'],
      ['pb', 'numeric'],
      ['cod', 'numeric'],
      ['source', 'record_source'],
    ],
    water,
  );
  await insert(
    'safe_use_measure',
    [
      ['farmland_unit_id', 'int'],
      ['measure', 'text'],
      ['started_on', 'date'],
      ['area_mu', 'numeric'],
      ['source', 'record_source'],
    ],
    measures,
  );
  await insert(
    'prohibited_zone',
    [
      ['code', 'text'],
      ['name', 'text'],
      ['county_id', 'int'],
      ['farmland_unit_id', 'int'],
      ['prohibited_products', 'text'],
      ['area_mu', 'numeric'],
      ['designated_on', 'date'],
      ['source', 'record_source'],
    ],
    zones,
  );

  const parcels: { id: number; parcel_code: string; current_use: string; category: string }[] = await q.query(
    `SELECT p.id, p.parcel_code, p.current_use, u.category FROM land_parcel p JOIN planned_land_use u ON u.parcel_id = p.id
      WHERE p.source = 'synthetic' ORDER BY p.id`,
  );
  const transactions: unknown[][] = [];
  const projectsOnParcels: unknown[][] = [];
  const permits: unknown[][] = [];
  const [{ next: nextProject }] = await q.query(`SELECT COALESCE(max(id), 0) + 1 AS next FROM construction_project`);
  let constructionId = Number(nextProject);
  for (const [i, p] of parcels.entries()) {
    if (random.chance(0.6)) {
      const kind = random.weighted([
        ['supply', 40],
        ['transfer', 25],
        ['reclaim', 15],
        ['change_of_use', 20],
      ]);
      transactions.push([
        p.id,
        kind,
        random.weighted([
          ['completed', 60],
          ['approved', 20],
          ['pending', 15],
          ['rejected', 5],
        ]),
        date(random.int(2017, 2020), random.int(1, 12)),
        p.current_use,
        kind === 'change_of_use' ? p.category : null,
        `合成示例受让人${i + 1}`,
        'synthetic',
      ]);
    }
    if (random.chance(0.3)) {
      projectsOnParcels.push([
        constructionId,
        `SYN-CP-${String(i + 1).padStart(6, '0')}`,
        `合成示例建设项目${i + 1}`,
        p.id,
        `合成示例建设单位${(i % 50) + 1}`,
        p.category,
        random.weighted([
          ['planned', 30],
          ['permitted', 30],
          ['under_construction', 25],
          ['completed', 15],
        ]),
        'synthetic',
      ]);
      permits.push([
        `SYN-PP-${String(i + 1).padStart(6, '0')}`,
        p.id,
        constructionId,
        'land_use',
        date(random.int(2018, 2020), random.int(1, 12)),
        `合成示例建设单位${(i % 50) + 1}`,
        'synthetic',
      ]);
      constructionId++;
    }
  }
  await insert(
    'land_transaction',
    [
      ['parcel_id', 'int'],
      ['kind', 'transaction_kind'],
      ['status', 'transaction_status'],
      ['decided_on', 'date'],
      ['from_use', 'text'],
      ['to_use', 'text'],
      ['counterparty', 'text'],
      ['source', 'record_source'],
    ],
    transactions,
  );
  await insert(
    'construction_project',
    [
      ['id', 'int'],
      ['code', 'text'],
      ['name', 'text'],
      ['parcel_id', 'int'],
      ['developer', 'text'],
      ['planned_use', 'text'],
      ['phase', 'project_phase'],
      ['source', 'record_source'],
    ],
    projectsOnParcels,
  );
  if (projectsOnParcels.length)
    await q.query(`SELECT setval(pg_get_serial_sequence('construction_project', 'id'), (SELECT max(id) FROM construction_project))`);
  await insert(
    'planning_permit',
    [
      ['code', 'text'],
      ['parcel_id', 'int'],
      ['project_id', 'int'],
      ['kind', 'permit_kind'],
      ['issued_on', 'date'],
      ['holder', 'text'],
      ['source', 'record_source'],
    ],
    permits,
  );

  const leads: { task_id: number; department_id: number; deadline: string | null; ongoing: boolean }[] = await q.query(
    `SELECT td.task_id, td.department_id, t.deadline::text, t.ongoing FROM plan_task_department td JOIN plan_task t ON t.id = td.task_id
      WHERE td.role = 'lead' ORDER BY td.task_id, td.department_id`,
  );
  const progressRows: unknown[][] = [];
  for (const l of leads) {
    for (const year of [2018, 2019]) {
      const due = l.deadline !== null && l.deadline <= `${year}-12-31`;
      const status = due
        ? random.weighted([
            ['completed', 80],
            ['delayed', 20],
          ])
        : l.ongoing
          ? 'in_progress'
          : random.weighted([
              ['in_progress', 80],
              ['not_started', 20],
            ]);
      progressRows.push([
        l.task_id,
        l.department_id,
        String(year),
        date(year + 1, 1, 20),
        status,
        status === 'completed' ? 100 : status === 'not_started' ? 0 : random.int(20, 90),
        `合成数据：${year} 年度任务进展（演示用，非实际考核材料）`,
        'synthetic',
      ]);
    }
  }
  await insert(
    'task_progress_report',
    [
      ['task_id', 'int'],
      ['department_id', 'int'],
      ['period', 'text'],
      ['reported_on', 'date'],
      ['status', 'progress_status'],
      ['percent_done', 'int'],
      ['summary', 'text'],
      ['source', 'record_source'],
    ],
    progressRows,
  );
  await generateSiteReports(q, insert, date);
  return counts;
}

type Insert = (table: string, columns: [string, string, string?][], rows: unknown[][]) => Promise<void>;

/**
 * Every synthetic site's reports so far along its life cycle (deterministic, drawing nothing from the random
 * stream so the rest of the data stays as it was), and city-wide background values: all marked synthetic.
 */
async function generateSiteReports(q: QueryRunner, insert: Insert, date: (y: number, m: number, d?: number) => string): Promise<void> {
  const [{ environment }] = await q.query(`SELECT id AS environment FROM department WHERE code = 'environment'`);
  const sites: { id: number; code: string; county_id: number; status: string }[] = await q.query(
    `SELECT id, code, county_id, status::text FROM contaminated_site WHERE source = 'synthetic' AND status <> 'suspected' ORDER BY id`,
  );
  const rows: unknown[][] = [];
  const report = (
    s: (typeof sites)[number],
    n: number,
    stage: string,
    conclusion: string,
    on: string,
    from: string | null,
    targets: unknown[],
    summary: string,
  ) =>
    rows.push([
      `SYN-AR-${s.code.slice(9)}-${n}`,
      s.id,
      s.county_id,
      stage,
      conclusion,
      1,
      on,
      from,
      '合成示例调查评估单位',
      JSON.stringify(targets),
      `合成数据：${summary}`,
      environment,
      `${on}T08:00:00+08:00`,
      'synthetic',
    ]);
  for (const s of sites) {
    if (s.status === 'investigated') {
      report(s, 1, 'initial_investigation', 'not_polluted', date(2018, 9), date(2018, 6), [], '初步调查各项目均未超过第一类用地筛选值');
      continue;
    }
    report(s, 1, 'initial_investigation', 'polluted', date(2017, 12), date(2017, 9), [], '初步调查铅、镉超过第一类用地筛选值');
    report(s, 2, 'detailed_investigation', 'polluted', date(2018, 5), date(2018, 3), [], '详细调查确定污染范围约 1.2 公顷');
    report(
      s,
      3,
      'risk_assessment',
      'risk_unacceptable',
      date(2018, 8),
      null,
      [
        { analyte: 'Pb', value: 400 },
        { analyte: 'Cd', value: 20 },
      ],
      '按第一类用地风险不可接受，确定修复目标',
    );
    if (s.status === 'removed') report(s, 4, 'effect_evaluation', 'target_met', date(2020, 11), date(2020, 10), [], '修复后土壤各目标污染物均低于修复目标值');
  }
  await insert(
    'site_assessment_report',
    [
      ['code', 'text'],
      ['site_id', 'int'],
      ['county_id', 'int'],
      ['stage', 'assessment_stage'],
      ['conclusion', 'assessment_conclusion'],
      ['land_class', 'int'],
      ['reported_on', 'date'],
      ['sampled_from', 'date'],
      ['prepared_by', 'text'],
      ['targets', 'jsonb'],
      ['summary', 'text'],
      ['filed_by', 'int'],
      ['filed_at', 'timestamptz'],
      ['source', 'record_source'],
    ],
    rows,
  );
  // The suspected sites' written notices of 2018 (方案第（六）条): six months on, none has its initial investigation yet.
  await q.query(
    `INSERT INTO investigation_notice (code, site_id, county_id, holder, notified_on, due_on, issued_by, source)
     SELECT 'SYN-IN-' || substr(s.code, 10), s.id, s.county_id, coalesce(s.land_use_holder, '合成示例使用权人'), '2018-03-15', '2018-09-15', $1, 'synthetic'
       FROM contaminated_site s WHERE s.source = 'synthetic' AND s.status = 'suspected' ORDER BY s.id`,
    [environment],
  );
  // One lifted 限批 decision, so the register of decisions is not empty in the demo; it blocks nothing today.
  await q.query(
    `INSERT INTO county_restriction (county_id, kind, reason, imposed_on, lifted_on, recorded_by)
     SELECT c.id, 'land_use', '合成示例（synthetic）：演示用的限批决定，不是真实决定', '2019-03-01', '2019-12-31', d.id
       FROM county c, department d WHERE d.code = 'platform-admin' AND NOT EXISTS (SELECT 1 FROM county_restriction WHERE reason LIKE '合成示例%')
      ORDER BY c.id LIMIT 1`,
  );
  // A drafted 2020 assessment of the first county against a synthetic 目标责任书, so a newcomer sees the workflow.
  await q.query(
    `WITH c AS (SELECT id FROM county ORDER BY id LIMIT 1), t AS (SELECT id FROM plan_target WHERE seq = 1)
     INSERT INTO county_target (county_id, target_id, year, target_value, basis, source)
     SELECT c.id, t.id, 2020, 92, '合成示例（synthetic）目标责任书：不是真实的责任书', 'synthetic' FROM c, t ON CONFLICT DO NOTHING`,
  );
  await q.query(
    `INSERT INTO county_assessment (county_id, year, status, items, score, pass_mark, passed, county_reports, drafted_at, source)
     SELECT id, 2020, 'draft', $1, 0, 60, false, 0, '2021-01-15T09:00:00+08:00', 'synthetic' FROM county ORDER BY id LIMIT 1 ON CONFLICT DO NOTHING`,
    [JSON.stringify([{ seq: 1, indicator: '受污染耕地安全利用率', target: 92, value: null, status: 'no_data', weight: 1, formula: '合成示例（synthetic）' }])],
  );
  // A parcel on a synthetic site of a listed industry says so, as §（十七） asks (医药制造 is 制药; 钢铁 is not listed).
  await q.query(
    `UPDATE land_parcel p SET listed_industry = (CASE s.former_industry WHEN '有色金属冶炼' THEN 'nonferrous_smelting' WHEN '石油加工' THEN 'petroleum_processing'
            WHEN '化工' THEN 'chemical' WHEN '焦化' THEN 'coking' WHEN '电镀' THEN 'electroplating' WHEN '制革' THEN 'tanning'
            WHEN '医药制造' THEN 'pharmaceutical' WHEN '铅酸蓄电池' THEN 'lead_acid_battery' END)::listed_industry
       FROM contaminated_site s WHERE p.site_id = s.id AND p.source = 'synthetic' AND s.source = 'synthetic'`,
  );
  const backgrounds = [
    ['As', 13.6],
    ['Co', 12.4],
    ['V', 78],
  ].map(([code, value]) => [
    code,
    value,
    '合成示例值（synthetic）：不是实测的土壤环境背景值，正式使用前须由环保部门按依据设定',
    environment,
    '2018-01-01T00:00:00+08:00',
    'synthetic',
  ]);
  const fresh = await q.query(`SELECT NOT EXISTS (SELECT 1 FROM background_value WHERE county_id IS NULL) AS fresh`);
  if (fresh[0].fresh) {
    await q.query(
      `INSERT INTO background_value (analyte_id, county_id, value, basis, updated_by, updated_at, source)
       SELECT a.id, NULL, v.value, v.basis, v.by, v.at, v.source::record_source
         FROM jsonb_to_recordset($1::jsonb) AS v(code text, value numeric, basis text, by int, at timestamptz, source text) JOIN analyte a ON a.code = v.code`,
      [JSON.stringify(backgrounds.map(([code, value, basis, by, at, source]) => ({ code, value, basis, by, at, source })))],
    );
  }
}
