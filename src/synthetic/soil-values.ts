import type { Random } from './random';

/** The eight farmland heavy metals each synthetic sample is "measured" for. */
export const METALS = ['Cd', 'Hg', 'As', 'Pb', 'Cr', 'Cu', 'Ni', 'Zn'] as const;
export type Metal = (typeof METALS)[number];

/**
 * Plausible medians for the North China Plain's alkaline soils (mg/kg), well under the screening values;
 * SCREENING and INTERVENTION are GB 15618's values for pH > 7.5 on dry land, used to place the few
 * exceedances the demo needs. None of this is a measurement.
 */
const BACKGROUND: Record<Metal, number> = { Cd: 0.14, Hg: 0.04, As: 9.5, Pb: 21, Cr: 62, Cu: 23, Ni: 29, Zn: 68 };
const SCREENING: Record<Metal, number> = { Cd: 0.6, Hg: 3.4, As: 25, Pb: 170, Cr: 250, Cu: 100, Ni: 190, Zn: 300 };
const INTERVENTION: Partial<Record<Metal, number>> = { Cd: 4.0, Hg: 6.0, As: 100, Pb: 1000, Cr: 1300 };
const DETECTION_LIMIT: Record<Metal, number> = { Cd: 0.01, Hg: 0.002, As: 0.01, Pb: 0.1, Cr: 4, Cu: 1, Ni: 3, Zn: 1 };

/** How contaminated the place a sample comes from is meant to look. */
export type Burden = 'clean' | 'elevated' | 'over_screening' | 'over_intervention';

/** The metal that exceeds where one does: Cd most often, as in North China's farmland surveys. */
export function exceedingMetal(random: Random): Metal {
  return random.weighted<Metal>([
    ['Cd', 6],
    ['Pb', 2],
    ['As', 1],
    ['Hg', 1],
  ]);
}

export interface SyntheticValue {
  value: number;
  belowDetection: boolean;
}

export function metalValue(random: Random, metal: Metal, burden: Burden, exceeding: Metal): SyntheticValue {
  let value = random.logNormal(BACKGROUND[metal], 0.35);
  if (burden === 'elevated') value *= random.between(1.3, 2.2);
  if (metal === exceeding && burden === 'over_screening') value = SCREENING[metal] * random.between(1.05, 1.8);
  if (metal === exceeding && burden === 'over_intervention') value = (INTERVENTION[metal] ?? SCREENING[metal] * 3) * random.between(1.05, 1.6);
  const rounded = Number(value.toPrecision(3));
  return rounded < DETECTION_LIMIT[metal] ? { value: DETECTION_LIMIT[metal], belowDetection: true } : { value: rounded, belowDetection: false };
}

/** Langfang's soils are alkaline: pH mostly 7.5–8.5. */
export function soilPh(random: Random): number {
  return Math.min(9.2, Math.max(6.6, Number(random.normal(7.95, 0.3).toFixed(2))));
}
