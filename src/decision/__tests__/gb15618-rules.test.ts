import { FarmlandType } from '../../agriculture/farmland-type.enum';
import { SoilQualityClass } from '../../agriculture/soil-quality-class.enum';
import { PhBand } from '../../reference/ph-band.enum';
import { assessItems, classOf, decidingItems, explainItem, farmlandLimits, phBandOf } from '../farmland/gb15618-rules';
import type { StandardTables } from '../standards/standard-tables';
import { loadedStandards } from './standard-tables.fixture';

/**
 * GB 15618-2018 as the hub applies it, against values typed here by hand from the standard's tables (not read
 * from the loaded data): columns per land type, the pH bands' edges, and "exactly at a threshold is not over it".
 */
let tables: StandardTables;
beforeAll(async () => {
  tables = await loadedStandards();
});

const { PADDY, DRY, ORCHARD, PADDY_UPLAND_ROTATION: ROTATION } = FarmlandType;

/** Table 1 screening values by land type, in band order ≤5.5, 5.5–6.5, 6.5–7.5, >7.5. Rotation: the stricter of paddy and dry. */
const SCREENING: Record<string, Record<FarmlandType, number[]>> = {
  Cd: { [PADDY]: [0.3, 0.4, 0.6, 0.8], [DRY]: [0.3, 0.3, 0.3, 0.6], [ORCHARD]: [0.3, 0.3, 0.3, 0.6], [ROTATION]: [0.3, 0.3, 0.3, 0.6] },
  Hg: { [PADDY]: [0.5, 0.5, 0.6, 1.0], [DRY]: [1.3, 1.8, 2.4, 3.4], [ORCHARD]: [1.3, 1.8, 2.4, 3.4], [ROTATION]: [0.5, 0.5, 0.6, 1.0] },
  As: { [PADDY]: [30, 30, 25, 20], [DRY]: [40, 40, 30, 25], [ORCHARD]: [40, 40, 30, 25], [ROTATION]: [30, 30, 25, 20] },
  Pb: { [PADDY]: [80, 100, 140, 240], [DRY]: [70, 90, 120, 170], [ORCHARD]: [70, 90, 120, 170], [ROTATION]: [70, 90, 120, 170] },
  Cr: { [PADDY]: [250, 250, 300, 350], [DRY]: [150, 150, 200, 250], [ORCHARD]: [150, 150, 200, 250], [ROTATION]: [150, 150, 200, 250] },
  // Cu splits orchard / other: paddy reads "other".
  Cu: { [PADDY]: [50, 50, 100, 100], [DRY]: [50, 50, 100, 100], [ORCHARD]: [150, 150, 200, 200], [ROTATION]: [50, 50, 100, 100] },
  Ni: { [PADDY]: [60, 70, 100, 190], [DRY]: [60, 70, 100, 190], [ORCHARD]: [60, 70, 100, 190], [ROTATION]: [60, 70, 100, 190] },
  Zn: { [PADDY]: [200, 200, 250, 300], [DRY]: [200, 200, 250, 300], [ORCHARD]: [200, 200, 250, 300], [ROTATION]: [200, 200, 250, 300] },
};
/** Table 3, no land-type split; Cu, Ni, Zn have none. */
const INTERVENTION: Record<string, number[] | null> = {
  Cd: [1.5, 2.0, 3.0, 4.0],
  Hg: [2.0, 2.5, 4.0, 6.0],
  As: [200, 150, 120, 100],
  Pb: [400, 500, 700, 1000],
  Cr: [800, 850, 1000, 1300],
  Cu: null,
  Ni: null,
  Zn: null,
};
/** Table 2: one value for every pH and land type. */
const TABLE2: Record<string, number> = { HCH_total: 0.1, DDT_total: 0.1, BaP: 0.55 };

/** pH values on and just past each band edge, with the band (column) they fall in. */
const PH_CASES: [number, number][] = [
  [4.0, 0],
  [5.5, 0],
  [5.51, 1],
  [6.5, 1],
  [6.51, 2],
  [7.5, 2],
  [7.51, 3],
  [9.0, 3],
];

describe('GB 15618-2018 pH bands', () => {
  it('puts each edge in the band it closes', () => {
    expect([5.5, 5.51, 6.5, 6.51, 7.5, 7.51].map(phBandOf)).toEqual([
      PhBand.LE_5_5,
      PhBand.FROM_5_5_TO_6_5,
      PhBand.FROM_5_5_TO_6_5,
      PhBand.FROM_6_5_TO_7_5,
      PhBand.FROM_6_5_TO_7_5,
      PhBand.GT_7_5,
    ]);
  });
});

describe('GB 15618-2018 Table 1 screening values', () => {
  for (const [item, byType] of Object.entries(SCREENING)) {
    it(`${item}: the column of each land type at each band edge, and a value at the threshold is not over it`, () => {
      for (const [landType, values] of Object.entries(byType) as [FarmlandType, number[]][]) {
        for (const [ph, col] of PH_CASES) {
          const expected = values[col];
          const limits = farmlandLimits(tables, item, landType, ph)!;
          expect([item, landType, ph, limits.screening.value, limits.screening.table]).toEqual([item, landType, ph, expected, '表1']);
          const [at] = assessItems(tables, landType, ph, [{ analyte: item, value: expected, belowDetection: false }]);
          const [over] = assessItems(tables, landType, ph, [{ analyte: item, value: expected + 0.001, belowDetection: false }]);
          expect([item, landType, ph, at.exceedsScreening, over.exceedsScreening]).toEqual([item, landType, ph, false, true]);
        }
      }
    });
  }
});

describe('GB 15618-2018 Table 3 intervention values', () => {
  for (const [item, values] of Object.entries(INTERVENTION)) {
    it(`${item}: ${values ? 'exceeded only strictly above the value, whatever the land type' : 'has none, so it never makes a unit strict control'}`, () => {
      for (const landType of [PADDY, DRY, ORCHARD, ROTATION]) {
        for (const [ph, col] of PH_CASES) {
          const limits = farmlandLimits(tables, item, landType, ph)!;
          if (!values) {
            expect(limits.intervention).toBeNull();
            const items = assessItems(tables, landType, ph, [{ analyte: item, value: 100_000, belowDetection: false }]);
            expect(classOf(items)).toBe(SoilQualityClass.SAFE_USE);
            continue;
          }
          expect([item, landType, ph, limits.intervention?.value, limits.intervention?.table]).toEqual([item, landType, ph, values[col], '表3']);
          const at = assessItems(tables, landType, ph, [{ analyte: item, value: values[col], belowDetection: false }]);
          const over = assessItems(tables, landType, ph, [{ analyte: item, value: values[col] + 0.001, belowDetection: false }]);
          expect([item, ph, classOf(at), classOf(over)]).toEqual([item, ph, SoilQualityClass.SAFE_USE, SoilQualityClass.STRICT_CONTROL]);
        }
      }
    });
  }
});

describe('GB 15618-2018 Table 2', () => {
  it('has one screening value for every pH and land type, and no intervention value', () => {
    for (const [item, value] of Object.entries(TABLE2)) {
      for (const landType of [PADDY, DRY, ORCHARD, ROTATION]) {
        for (const ph of [5.5, 6.5, 7.5, 8.5, null]) {
          const limits = farmlandLimits(tables, item, landType, ph)!;
          expect([item, landType, ph, limits.screening.value, limits.screening.table, limits.intervention]).toEqual([item, landType, ph, value, '表2', null]);
        }
      }
      const at = assessItems(tables, DRY, 7, [{ analyte: item, value, belowDetection: false }]);
      const far = assessItems(tables, DRY, 7, [{ analyte: item, value: value * 1000, belowDetection: false }]);
      expect([item, classOf(at), classOf(far)]).toEqual([item, SoilQualityClass.PRIORITY_PROTECTION, SoilQualityClass.SAFE_USE]);
    }
  });
});

describe('the class of a sample and its explanation', () => {
  it('priority protection at the thresholds; safe use and strict control with the deciding items named', () => {
    // Paddy, pH 5.5: Cd screening 0.3, intervention 1.5; Pb screening 80, intervention 400.
    const atEdge = assessItems(tables, PADDY, 5.5, [
      { analyte: 'Cd', value: 0.3, belowDetection: false },
      { analyte: 'Pb', value: 80, belowDetection: false },
    ]);
    expect(classOf(atEdge)).toBe(SoilQualityClass.PRIORITY_PROTECTION);
    // The item closest to its screening value: both at 1.0; Cd comes first.
    expect(decidingItems(atEdge, SoilQualityClass.PRIORITY_PROTECTION).map((i) => i.analyte)).toEqual(['Cd']);

    const safe = assessItems(tables, PADDY, 5.5, [
      { analyte: 'Cd', value: 0.45, belowDetection: false },
      { analyte: 'Pb', value: 120, belowDetection: false },
      { analyte: 'Zn', value: 150, belowDetection: false },
    ]);
    expect(classOf(safe)).toBe(SoilQualityClass.SAFE_USE);
    // Cd 0.45 / 0.3 = 1.5, Pb 120 / 80 = 1.5: both over, Zn 150 < 200 is not.
    const deciding = decidingItems(safe, SoilQualityClass.SAFE_USE);
    expect(deciding.map((i) => [i.analyte, Number(i.ratioToScreening.toFixed(3))])).toEqual([
      ['Cd', 1.5],
      ['Pb', 1.5],
    ]);
    expect(explainItem(tables, deciding[0])).toBe(
      '镉（Cd）实测 0.45 mg/kg，超过GB 15618-2018 表1风险筛选值 0.3 mg/kg（水田，pH ≤ 5.5），为筛选值的 1.5 倍，未超过表3风险管制值 1.5 mg/kg',
    );

    const strict = assessItems(tables, DRY, 8.0, [{ analyte: 'Cd', value: 6, belowDetection: false }]);
    expect(classOf(strict)).toBe(SoilQualityClass.STRICT_CONTROL);
    expect(explainItem(tables, decidingItems(strict, SoilQualityClass.STRICT_CONTROL)[0])).toBe(
      '镉（Cd）实测 6 mg/kg，超过GB 15618-2018 表3风险管制值 4 mg/kg（pH > 7.5），为管制值的 1.5 倍',
    );
  });

  it('names the rotation rule, takes the strictest band without pH, and lets nothing below detection exceed', () => {
    const [as] = assessItems(tables, ROTATION, 7.0, [{ analyte: 'As', value: 26, belowDetection: false }]);
    // Paddy 25 is stricter than other 30 at 6.5 < pH ≤ 7.5.
    expect([as.screening.value, as.screening.column, as.exceedsScreening]).toEqual([25, '水旱轮作，取水田与其他中的较严值（水田），6.5 < pH ≤ 7.5', true]);
    const [pb] = assessItems(tables, ROTATION, 7.0, [{ analyte: 'Pb', value: 120, belowDetection: false }]);
    expect([pb.screening.value, pb.exceedsScreening]).toEqual([120, false]);
    // No pH: Cd on paddy reads 0.3 (its strictest band) and intervention 1.5.
    const [cd] = assessItems(tables, PADDY, null, [{ analyte: 'Cd', value: 0.35, belowDetection: false }]);
    expect([cd.screening.value, cd.intervention?.value, cd.exceedsScreening]).toEqual([0.3, 1.5, true]);
    expect(cd.screening.column).toContain('pH 未测');
    const [bd] = assessItems(tables, PADDY, 5.0, [{ analyte: 'Cd', value: 0.5, belowDetection: true }]);
    expect([bd.exceedsScreening, bd.exceedsIntervention]).toEqual([false, false]);
  });
});
