import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * The loaded thresholds, compared value by value with the CSV transcriptions committed beside them
 * (copies of ../shared/reference, checked against it where it is present).
 */
const DATA = path.join(__dirname, '..', 'data');
const SHARED = path.join(__dirname, '..', '..', '..', '..', 'shared', 'reference');
const FILES = [
  'gb15618-2018-screening.csv',
  'gb15618-2018-other-screening.csv',
  'gb15618-2018-intervention.csv',
  'gb36600-2018-basic.csv',
  'gb36600-2018-other.csv',
];
const csv = (file: string): Record<string, string>[] => parse(fs.readFileSync(path.join(DATA, file)), { columns: true });

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});

describe('the committed transcriptions', () => {
  const shared = fs.existsSync(SHARED);
  (shared ? it : it.skip)('are byte for byte the ones in ../shared/reference', () => {
    for (const file of FILES) expect(fs.readFileSync(path.join(DATA, file), 'utf8')).toBe(fs.readFileSync(path.join(SHARED, file), 'utf8'));
  });
});
afterAll(() => t.stop());

const BANDS = ['ph_le_5_5', 'ph_5_5_to_6_5', 'ph_6_5_to_7_5', 'ph_gt_7_5'];
const BAND_OF: Record<string, string> = { ph_le_5_5: 'le_5_5', ph_5_5_to_6_5: '5_5_to_6_5', ph_6_5_to_7_5: '6_5_to_7_5', ph_gt_7_5: 'gt_7_5' };

describe('GB 15618-2018 as loaded', () => {
  it('matches every screening and intervention value of the transcription exactly', async () => {
    const rows: { code: string; kind: string; land_type: string | null; ph_band: string | null; value: string }[] = await t.hub.database.dataSource.query(
      `SELECT a.code, t.kind, t.land_type, t.ph_band::text, t.value::text FROM gb15618_threshold t JOIN analyte a ON a.id = t.analyte_id`,
    );
    const loaded = new Map(rows.map((r) => [`${r.code}|${r.kind}|${r.land_type}|${r.ph_band}`, Number(r.value)]));
    const expected = new Map<string, number>();
    for (const r of csv('gb15618-2018-screening.csv')) for (const b of BANDS) expected.set(`${r.item}|screening|${r.land_type}|${BAND_OF[b]}`, Number(r[b]));
    for (const r of csv('gb15618-2018-intervention.csv')) for (const b of BANDS) expected.set(`${r.item}|intervention|null|${BAND_OF[b]}`, Number(r[b]));
    const other: Record<string, string> = { HCH_total: 'HCH_total', DDT_total: 'DDT_total', benzo_a_pyrene: 'BaP' };
    for (const r of csv('gb15618-2018-other-screening.csv')) expected.set(`${other[r.item]}|screening|null|null`, Number(r.screening));
    expect(loaded).toEqual(expected);
    expect(loaded.size).toBe(14 * 4 + 5 * 4 + 3);
  });

  it('is reachable per analyte through GraphQL', async () => {
    const { body } = await t.gql(
      '{ analyte(code: "Cd") { name farmlandThresholds { kind landType phBand value } constructionLandThreshold { screeningClass1 interventionClass2 } } }',
    );
    const cd = body.data!.analyte;
    expect(cd.name).toBe('镉');
    expect(cd.farmlandThresholds).toContainEqual({ kind: 'screening', landType: 'paddy', phBand: 'GT_7_5', value: 0.8 });
    expect(cd.farmlandThresholds).toContainEqual({ kind: 'intervention', landType: null, phBand: 'LE_5_5', value: 1.5 });
    expect(cd.constructionLandThreshold).toEqual({ screeningClass1: 20, interventionClass2: 172 });
  });
});

describe('GB 36600-2018 as loaded', () => {
  it('matches all 85 items of both tables exactly', async () => {
    const rows: Record<string, string>[] = await t.hub.database.dataSource.query(
      `SELECT standard_table, item_no, item_name, screening_class1::text AS s1, screening_class2::text AS s2,
              intervention_class1::text AS i1, intervention_class2::text AS i2 FROM gb36600_threshold ORDER BY standard_table, item_no`,
    );
    expect(rows).toHaveLength(85);
    for (const [table, file] of [
      ['basic', 'gb36600-2018-basic.csv'],
      ['other', 'gb36600-2018-other.csv'],
    ]) {
      for (const r of csv(file)) {
        const got = rows.find((x) => x.standard_table === table && Number(x.item_no) === Number(r.no))!;
        expect([got.item_name, Number(got.s1), Number(got.s2), Number(got.i1), Number(got.i2)]).toEqual([
          r.item,
          Number(r.screen_class1),
          Number(r.screen_class2),
          Number(r.interv_class1),
          Number(r.interv_class2),
        ]);
      }
    }
  });

  it('keeps the smallest values exact (PCB 126 class 1 screening 4E-5)', async () => {
    const [row] = await t.hub.database.dataSource.query(`SELECT screening_class1::text AS v FROM gb36600_threshold WHERE item_name = 'PCB 126'`);
    expect(Number(row.v)).toBe(0.00004);
  });
});
