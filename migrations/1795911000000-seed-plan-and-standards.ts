import type { MigrationInterface, QueryRunner } from 'typeorm';
import gb15618 from '../src/reference/data/gb15618-2018.json';
import gb36600 from '../src/reference/data/gb36600-2018.json';
import analytes from '../src/reference/data/analytes.json';
import targets from '../src/plan/data/appendix-1-targets.json';
import parks from '../src/plan/data/appendix-2-industrial-parks.json';
import closedSites from '../src/plan/data/appendix-3-closed-enterprise-sites.json';
import wasteFacilities from '../src/plan/data/appendix-4-hazardous-waste-enterprises.json';
import grain from '../src/plan/data/appendix-5-1-grain-counties.json';
import vegetables from '../src/plan/data/appendix-5-2-vegetable-counties.json';
import pigs from '../src/plan/data/appendix-5-3-pig-counties.json';
import tasks from '../src/plan/data/appendix-6-tasks.json';

/**
 * Facts as printed: the two national soil standards (../shared/reference) and the plan's appendix tables
 * (extracted by src/plan/data/extract-appendix.mjs). Values go into numeric columns as their printed text.
 */

const PH_BANDS: [string, string][] = [
  ['ph_le_5_5', 'le_5_5'],
  ['ph_5_5_to_6_5', '5_5_to_6_5'],
  ['ph_6_5_to_7_5', '6_5_to_7_5'],
  ['ph_gt_7_5', 'gt_7_5'],
];

/** Department names as the task table prints them, where they differ from the department's own name. */
const DEPARTMENT_ALIASES: Record<string, string> = {
  发展改革委: '市发展改革委',
  市工业和信息局: '市工信局',
  市法院: '市中级法院',
};

/** Deadlines as printed → [date or null, ongoing]. "2018年起" starts then and goes on. */
const DEADLINES: Record<string, [string | null, boolean]> = {
  持续实施: [null, true],
  '2017年': ['2017-12-31', false],
  '2017年底': ['2017-12-31', false],
  '2018年': ['2018-12-31', false],
  '2018年底': ['2018-12-31', false],
  '2018年底前': ['2018-12-31', false],
  '2018年6月前': ['2018-06-30', false],
  '2018年起': [null, true],
  '2019年': ['2019-12-31', false],
  '2019年底': ['2019-12-31', false],
  '2019年起': [null, true],
  '2020年': ['2020-12-31', false],
  '2020年底': ['2020-12-31', false],
  '2020年底前': ['2020-12-31', false],
};

interface TaskRow {
  sourceLine: number;
  seq?: number | null;
  seqImplied?: number;
  continues?: number;
  work?: string | null;
  requirement: string;
  leadDepartments: string[];
  leadDepartmentsText: string;
  participatingDepartments: string[];
  participatingDepartmentsText: string;
  responsibleUnits: string[];
  responsibleUnitsText: string;
  deadlineText: string;
  leadDepartmentsInherited?: boolean;
  participatingDepartmentsInherited?: boolean;
  workInherited?: boolean;
  inheritsFromLine?: number;
}

export class SeedPlanAndStandards1795911000000 implements MigrationInterface {
  name = 'SeedPlanAndStandards1795911000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO department (code, name, name_en, kind) VALUES ('womens-federation', '市妇联', 'Municipal Women''s Federation', 'municipal_department')`,
    );
    const countyId = await lookup(q, 'SELECT id, name FROM county');
    const departmentId = await lookup(q, 'SELECT id, name FROM department');

    for (const a of analytes.analytes) {
      await q.query(`INSERT INTO analyte (code, name, symbol, cas, unit, category) VALUES ($1, $2, $3, $4, $5, $6)`, [
        a.code, a.name, a.symbol, a.cas, a.unit, a.category,
      ]);
    }
    const analyteId = await lookup(q, 'SELECT id, code AS name FROM analyte');
    const gb15618Code: Record<string, string> = { HCH_total: 'HCH_total', DDT_total: 'DDT_total', benzo_a_pyrene: 'BaP' };
    for (const r of gb15618.screening as Record<string, string>[]) {
      for (const [column, band] of PH_BANDS) {
        await q.query(`INSERT INTO gb15618_threshold (analyte_id, kind, land_type, ph_band, value) VALUES ($1, 'screening', $2, $3, $4)`, [
          analyteId(r.item), r.land_type, band, r[column],
        ]);
      }
    }
    for (const r of gb15618.otherScreening) {
      await q.query(`INSERT INTO gb15618_threshold (analyte_id, kind, value) VALUES ($1, 'screening', $2)`, [
        analyteId(gb15618Code[r.item]), r.screening,
      ]);
    }
    for (const r of gb15618.intervention as Record<string, string>[]) {
      for (const [column, band] of PH_BANDS) {
        await q.query(`INSERT INTO gb15618_threshold (analyte_id, kind, ph_band, value) VALUES ($1, 'intervention', $2, $3)`, [
          analyteId(r.item), band, r[column],
        ]);
      }
    }
    for (const [table, rows] of [['basic', gb36600.basic], ['other', gb36600.other]] as const) {
      for (const r of rows) {
        await q.query(
          `INSERT INTO gb36600_threshold (analyte_id, standard_table, item_no, item_name, screening_class1, screening_class2, intervention_class1, intervention_class2)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [analyteId(r.analyte), table, Number(r.no), r.item, r.screen_class1, r.screen_class2, r.interv_class1, r.interv_class2],
        );
      }
    }

    for (const t of targets.rows) {
      await q.query(`INSERT INTO plan_target (seq, indicator, target_text) VALUES ($1, $2, $3)`, [t.seq, t.indicator, t.target2020]);
    }
    for (const p of parks.rows) {
      // "廊坊市区" (the city proper) names no single county.
      await q.query(
        `INSERT INTO industrial_park (seq, name, level, location_text, county_id, area_km2, source) VALUES ($1, $2, $3, $4, $5, $6, 'plan')`,
        [p.seq, p.name, p.level, p.county, p.county === '廊坊市区' ? null : countyId(p.county), String(p.areaKm2)],
      );
    }
    for (const w of wasteFacilities.rows) {
      await q.query(
        `INSERT INTO hazardous_waste_facility (seq, name, county_id, facility_type, disposal_method, source) VALUES ($1, $2, $3, $4, $5, 'plan')`,
        [w.seq, w.name, countyId(w.county), w.facilityType, w.disposalMethod],
      );
    }
    for (const s of closedSites.rows) {
      await q.query(
        `INSERT INTO contaminated_site (code, name, county_id, status, area_m2, origin, plan_reference, source)
         VALUES ($1, $2, $3, 'suspected', $4, '重点关停、搬迁企业（附表3）', $5, 'plan')`,
        [`LF-SITE-A3-${String(s.seq).padStart(2, '0')}`, s.name, countyId(s.county), String(s.areaM2), `附表3 #${s.seq}`],
      );
    }

    const designate = async (designation: string, seq: number, county: string): Promise<number> => {
      const [row] = await q.query(
        `INSERT INTO designated_county (designation, seq, county_id, source) VALUES ($1, $2, $3, 'plan') RETURNING id`,
        [designation, seq, countyId(county)],
      );
      return row.id;
    };
    const figure = (id: number, item: string, subtotal: boolean, area: number | null, output: number | null, head: number | null) =>
      q.query(
        `INSERT INTO designated_county_figure (designated_county_id, item, is_subtotal, planting_area_hm2, output_tonnes_per_year, marketed_head)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, item, subtotal, area === null ? null : String(area), output === null ? null : String(output), head],
      );
    for (const g of grain.rows) {
      const id = await designate('grain', g.seq, g.county);
      for (const c of g.crops) await figure(id, c.crop, false, c.plantingAreaHm2, c.outputTonnesPerYear, null);
      await figure(id, g.subtotal.crop, true, g.subtotal.plantingAreaHm2, g.subtotal.outputTonnesPerYear, null);
    }
    for (const v of vegetables.rows) {
      await figure(await designate('vegetable', v.seq, v.county), '蔬菜', false, v.plantingAreaHm2, v.outputTonnesPerYear, null);
    }
    for (const p of pigs.rows) {
      await figure(await designate('pig', p.seq, p.county), '生猪', false, null, null, p.pigsMarketedHead);
    }

    await seedTasks(q, tasks.rows as TaskRow[], (name) => departmentId(DEPARTMENT_ALIASES[name] ?? name));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'plan_task_department', 'plan_task', 'plan_target', 'designated_county_figure', 'designated_county',
      'contaminated_site', 'hazardous_waste_facility', 'industrial_park', 'gb36600_threshold', 'gb15618_threshold', 'analyte',
    ]) {
      await q.query(`DELETE FROM ${table}`);
    }
    await q.query(`DELETE FROM department WHERE code = 'womens-federation'`);
  }
}

/** name → id from a query, failing loudly on a name that is not there. */
async function lookup(q: QueryRunner, sql: string): Promise<(name: string) => number> {
  const rows: { id: number; name: string }[] = await q.query(sql);
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  return (name) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`seed: unknown name ${JSON.stringify(name)} for ${sql}`);
    return id;
  };
}

async function seedTasks(q: QueryRunner, rows: TaskRow[], departmentId: (name: string) => number): Promise<void> {
  const byLine = new Map(rows.map((r) => [r.sourceLine, r]));
  // Merged cells: a blank cell takes the value of the row it continues (inheritsFromLine), recursively.
  const inherited = <K extends keyof TaskRow>(row: TaskRow, field: K, flag: keyof TaskRow): TaskRow[K] =>
    row[flag] && row.inheritsFromLine ? inherited(byLine.get(row.inheritsFromLine)!, field, flag) : row[field];

  let taskNo = 0;
  let section = '';
  let taskWork = '';
  for (const [index, row] of rows.entries()) {
    const startsTask = row.seq != null || row.seqImplied != null;
    if (startsTask) {
      taskNo = row.seq ?? row.seqImplied!;
      section = /^（[一二三四五六七八九十]+）/.exec(row.work ?? '')?.[0] ?? '';
      if (!section) throw new Error(`seed: task ${taskNo} has no section mark`);
      taskWork = row.work!;
    } else if (row.continues !== taskNo) {
      throw new Error(`seed: row at line ${row.sourceLine} continues ${row.continues}, expected ${taskNo}`);
    }
    const work = row.workInherited ? inherited(row, 'work', 'workInherited') ?? taskWork : row.work ?? taskWork;
    const lead = inherited(row, 'leadDepartments', 'leadDepartmentsInherited');
    const leadText = inherited(row, 'leadDepartmentsText', 'leadDepartmentsInherited');
    const participants = inherited(row, 'participatingDepartments', 'participatingDepartmentsInherited');
    const participantsText = inherited(row, 'participatingDepartmentsText', 'participatingDepartmentsInherited');
    const deadline = DEADLINES[row.deadlineText];
    if (!deadline) throw new Error(`seed: unknown deadline ${JSON.stringify(row.deadlineText)}`);
    const [{ id }] = await q.query(
      `INSERT INTO plan_task (row_no, task_no, task_no_implied, section, work, requirement, lead_text, participants_text,
         responsible_text, deadline_text, deadline, ongoing, source_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        index + 1, taskNo, rows.find((r) => (r.seq ?? r.seqImplied) === taskNo)!.seq == null, section, work, row.requirement,
        leadText, participantsText, row.responsibleUnitsText, row.deadlineText, deadline[0], deadline[1], row.sourceLine,
      ],
    );
    const links = new Set<string>();
    for (const [role, names] of [['lead', lead], ['participant', participants], ['responsible', row.responsibleUnits]] as const) {
      for (const name of names) {
        const key = `${departmentId(name)}:${role}`;
        if (links.has(key)) continue;
        links.add(key);
        await q.query(`INSERT INTO plan_task_department (task_id, department_id, role) VALUES ($1, $2, $3)`, [id, departmentId(name), role]);
      }
    }
  }
}
