import { CheckVerdict } from '../construction/check-verdict.enum';
import {
  checkItems,
  decidingConstructionItems,
  explainConstructionItem,
  landClassFor,
  verdictOf,
  type ConstructionMeasurement,
} from '../construction/gb36600-rules';
import type { StandardTables } from '../standards/standard-tables';
import { loadedStandards } from './standard-tables.fixture';

/** GB 36600-2018 for the metals, against values typed here by hand from Tables 1 and 2. */
let tables: StandardTables;
beforeAll(async () => {
  tables = await loadedStandards();
});

/** [screening class 1, screening class 2, intervention class 1, intervention class 2], mg/kg. */
const METALS: Record<string, [number, number, number, number]> = {
  As: [20, 60, 120, 140],
  Cd: [20, 65, 47, 172],
  Cr6: [3.0, 5.7, 30, 78],
  Cu: [2000, 18000, 8000, 36000],
  Pb: [400, 800, 800, 2500],
  Hg: [8, 38, 33, 82],
  Ni: [150, 900, 600, 2000],
  Sb: [20, 180, 40, 360],
  Be: [15, 29, 98, 290],
  Co: [20, 70, 190, 350],
  MeHg: [5.0, 45, 10, 120],
  V: [165, 752, 330, 1500],
};

const sample = (analyte: string, value: number, belowDetection = false): ConstructionMeasurement => ({
  analyte,
  value,
  belowDetection,
  sampleCode: 'S-1',
  sampledOn: '2024-05-01',
  depthTopCm: 0,
  depthBottomCm: 50,
});
const verdict = (landClass: 1 | 2, ms: ConstructionMeasurement[], backgrounds = new Map<string, number>()) =>
  verdictOf(checkItems(tables, landClass, ms, backgrounds));

describe('GB 36600-2018 metals', () => {
  for (const [analyte, [s1, s2, i1, i2]] of Object.entries(METALS)) {
    it(`${analyte}: at a threshold is not over it, just above is; class 1 and class 2 read their own columns`, () => {
      for (const [landClass, s, i] of [
        [1, s1, i1],
        [2, s2, i2],
      ] as [1 | 2, number, number][]) {
        const [item] = checkItems(tables, landClass, [sample(analyte, s)], new Map());
        expect([analyte, landClass, item.screening, item.intervention]).toEqual([analyte, landClass, s, i]);
        expect([analyte, landClass, verdict(landClass, [sample(analyte, s)])]).toEqual([analyte, landClass, CheckVerdict.MEETS_USE]);
        expect([analyte, landClass, verdict(landClass, [sample(analyte, s + 0.001)])]).toEqual([analyte, landClass, CheckVerdict.NEEDS_ASSESSMENT]);
        expect([analyte, landClass, verdict(landClass, [sample(analyte, i)])]).toEqual([analyte, landClass, CheckVerdict.NEEDS_ASSESSMENT]);
        expect([analyte, landClass, verdict(landClass, [sample(analyte, i + 0.001)])]).toEqual([analyte, landClass, CheckVerdict.UNACCEPTABLE_RISK]);
        expect(verdict(landClass, [sample(analyte, i * 10, true)])).toBe(CheckVerdict.MEETS_USE);
      }
    });
  }

  it('judges an item by its highest detected value over the samples', () => {
    const items = checkItems(tables, 1, [sample('Pb', 300), { ...sample('Pb', 450), sampleCode: 'S-2' }, sample('Cd', 1)], new Map());
    expect(items.map((i) => [i.analyte, i.worst.value, i.samples, i.counted])).toEqual([
      ['Cd', 1, 1, false],
      ['Pb', 450, 2, true],
    ]);
    const deciding = decidingConstructionItems(items, verdictOf(items));
    expect(explainConstructionItem(deciding[0], 1)).toBe(
      '铅 Pb最高值 450 mg/kg，样品 S-2（2024-05-01，0–50 cm），超过GB 36600-2018 表1第一类用地筛选值 400 mg/kg，为筛选值的 1.125 倍，未超过管制值 800 mg/kg',
    );
  });
});

describe('As, Co and V within the background value', () => {
  it('are not counted as exceedances; above the background they are', () => {
    // Class 1: As screening 20, intervention 120; Co screening 20; V screening 165.
    expect(verdict(1, [sample('As', 25)], new Map([['As', 30]]))).toBe(CheckVerdict.MEETS_USE);
    expect(verdict(1, [sample('As', 30)], new Map([['As', 30]]))).toBe(CheckVerdict.MEETS_USE);
    expect(verdict(1, [sample('As', 30.1)], new Map([['As', 30]]))).toBe(CheckVerdict.NEEDS_ASSESSMENT);
    expect(verdict(1, [sample('As', 150)], new Map([['As', 160]]))).toBe(CheckVerdict.MEETS_USE);
    expect(
      verdict(
        1,
        [sample('Co', 25), sample('V', 170)],
        new Map([
          ['Co', 26],
          ['V', 180],
        ]),
      ),
    ).toBe(CheckVerdict.MEETS_USE);
    const [item] = checkItems(tables, 1, [sample('As', 25)], new Map([['As', 30]]));
    expect([item.exceedsScreening, item.withinBackground, item.counted]).toEqual([true, true, false]);
    expect(explainConstructionItem(item, 1)).toContain('但不超过背景值 30 mg/kg，不计为超标');
  });

  it('apply to those three only: a background for Pb changes nothing', () => {
    expect(verdict(1, [sample('Pb', 500)], new Map([['Pb', 1000]]))).toBe(CheckVerdict.NEEDS_ASSESSMENT);
  });
});

describe('the land class of a planned use', () => {
  it('is class 1 for residential, schools, medical, social welfare and parks, and where the use is unknown', () => {
    const cases: [string | null, 1 | 2][] = [
      ['R', 1],
      ['R2', 1],
      ['A33', 1],
      ['A5', 1],
      ['A51', 1],
      ['A6', 1],
      ['G1', 1],
      [null, 1],
      ['X9', 1],
      ['M1', 2],
      ['M3', 2],
      ['W1', 2],
      ['B1', 2],
      ['S3', 2],
      ['U1', 2],
      ['A1', 2],
      ['A31', 2],
      ['G2', 2],
      ['G3', 2],
    ];
    expect(cases.map(([use]) => [use, landClassFor(use).landClass])).toEqual(cases);
    expect(landClassFor(null).basis).toBe('规划用途未知，按第一类用地从严判定');
  });

  it('gives no verdict without measurements', () => {
    expect(verdict(1, [])).toBe(CheckVerdict.NO_DATA);
  });
});
