import { FarmlandType } from '../../agriculture/farmland-type.enum';
import { SoilQualityClass } from '../../agriculture/soil-quality-class.enum';
import { PhBand } from '../../reference/ph-band.enum';
import type { FarmlandValue, StandardTables } from '../standards/standard-tables';

/** The items GB 15618-2018 sets values for: Table 1's eight metals, then Table 2. */
export const FARMLAND_ITEMS = ['Cd', 'Hg', 'As', 'Pb', 'Cr', 'Cu', 'Ni', 'Zn', 'HCH_total', 'DDT_total', 'BaP'];

export const PH_BAND_LABEL: Record<PhBand, string> = {
  [PhBand.LE_5_5]: 'pH ≤ 5.5',
  [PhBand.FROM_5_5_TO_6_5]: '5.5 < pH ≤ 6.5',
  [PhBand.FROM_6_5_TO_7_5]: '6.5 < pH ≤ 7.5',
  [PhBand.GT_7_5]: 'pH > 7.5',
};

const COLUMN_LABEL: Record<string, string> = { paddy: '水田', other: '其他', orchard: '果园', all: '不分用地类型' };

/** The standard's bands: each upper edge belongs to its band (pH exactly 5.5 is in "≤ 5.5"). */
export function phBandOf(ph: number): PhBand {
  if (ph <= 5.5) return PhBand.LE_5_5;
  if (ph <= 6.5) return PhBand.FROM_5_5_TO_6_5;
  if (ph <= 7.5) return PhBand.FROM_6_5_TO_7_5;
  return PhBand.GT_7_5;
}

/** A value of the standard as it applies to one sample, with where it comes from. */
export interface AppliedValue {
  value: number;
  /** 表1, 表2 or 表3. */
  table: string;
  /** The column used, in words (水田, 其他, 水旱轮作取较严值…). */
  column: string;
}

export interface FarmlandLimits {
  screening: AppliedValue;
  /** Null for items without an intervention value (Cu, Ni, Zn, Table 2). */
  intervention: AppliedValue | null;
}

/** The land-type columns a farmland type reads for an item: Cu splits orchard/other, the rest paddy/other. */
function columnsFor(rows: FarmlandValue[], landType: FarmlandType): string[] {
  const has = (c: string) => rows.some((r) => r.landType === c);
  if (has('all')) return ['all'];
  const paddy = has('paddy') ? 'paddy' : 'other';
  const orchard = has('orchard') ? 'orchard' : 'other';
  switch (landType) {
    case FarmlandType.PADDY:
      return [paddy];
    case FarmlandType.ORCHARD:
      return [orchard];
    case FarmlandType.PADDY_UPLAND_ROTATION:
      return [...new Set([paddy, 'other'])];
    default:
      return ['other'];
  }
}

/** The smallest value among candidate rows; several rows mean the standard's "take the stricter". */
function strictest(rows: FarmlandValue[]): FarmlandValue | undefined {
  return rows.reduce<FarmlandValue | undefined>((min, r) => (!min || r.value < min.value ? r : min), undefined);
}

/**
 * The screening and intervention values for an item on a farmland type at a pH. A sample without pH cannot be
 * banded: the strictest band applies, and the column says so.
 */
export function farmlandLimits(tables: StandardTables, analyte: string, landType: FarmlandType, ph: number | null): FarmlandLimits | null {
  const rows = tables.farmland.filter((r) => r.analyte === analyte);
  if (!rows.length) return null;
  const band = ph === null ? null : phBandOf(ph);
  const bandText = band ? PH_BAND_LABEL[band] : 'pH 未测，取各分档最严值';
  const inBand = (r: FarmlandValue) => r.phBand === null || band === null || r.phBand === band;

  const screeningRows = rows.filter((r) => r.kind === 'screening' && inBand(r));
  const isTable2 = screeningRows.every((r) => r.phBand === null);
  let screening: AppliedValue;
  if (isTable2) {
    screening = { value: screeningRows[0].value, table: '表2', column: '不分用地类型和 pH' };
  } else {
    const columns = columnsFor(screeningRows, landType);
    const chosen = strictest(screeningRows.filter((r) => columns.includes(r.landType ?? '')))!;
    const columnText = columns.length > 1 ? `水旱轮作，取水田与其他中的较严值（${COLUMN_LABEL[chosen.landType!]}）` : COLUMN_LABEL[columns[0]];
    screening = { value: chosen.value, table: '表1', column: `${columnText}，${bandText}` };
  }
  const interventionRow = strictest(rows.filter((r) => r.kind === 'intervention' && inBand(r)));
  const intervention = interventionRow ? { value: interventionRow.value, table: '表3', column: bandText } : null;
  return { screening, intervention };
}

export interface MeasuredItem {
  analyte: string;
  value: number;
  belowDetection: boolean;
}

export interface FarmlandItemOutcome {
  analyte: string;
  value: number;
  belowDetection: boolean;
  screening: AppliedValue;
  intervention: AppliedValue | null;
  /** value / screening value. */
  ratioToScreening: number;
  ratioToIntervention: number | null;
  /** Strictly greater: a value exactly at a threshold does not exceed it. */
  exceedsScreening: boolean;
  exceedsIntervention: boolean;
}

/** Each measured item of a sample against its values; items the standard has no value for are left out. */
export function assessItems(tables: StandardTables, landType: FarmlandType, ph: number | null, measured: MeasuredItem[]): FarmlandItemOutcome[] {
  const out: FarmlandItemOutcome[] = [];
  for (const m of measured) {
    const limits = farmlandLimits(tables, m.analyte, landType, ph);
    if (!limits) continue;
    const { screening, intervention } = limits;
    // Below the detection limit the true value is lower still: it exceeds nothing.
    const counts = !m.belowDetection;
    out.push({
      analyte: m.analyte,
      value: m.value,
      belowDetection: m.belowDetection,
      screening,
      intervention,
      ratioToScreening: m.value / screening.value,
      ratioToIntervention: intervention ? m.value / intervention.value : null,
      exceedsScreening: counts && m.value > screening.value,
      exceedsIntervention: counts && intervention !== null && m.value > intervention.value,
    });
  }
  return out;
}

/**
 * The plan's three categories from item outcomes: any intervention value exceeded → 严格管控类; any screening value
 * exceeded → 安全利用类; otherwise 优先保护类. Items without an intervention value can never make it strict control.
 */
export function classOf(items: FarmlandItemOutcome[]): SoilQualityClass {
  if (items.some((i) => i.exceedsIntervention)) return SoilQualityClass.STRICT_CONTROL;
  if (items.some((i) => i.exceedsScreening)) return SoilQualityClass.SAFE_USE;
  return SoilQualityClass.PRIORITY_PROTECTION;
}

/**
 * The items that decide a class, strongest first: those over the intervention value for strict control, over
 * the screening value for safe use; for priority protection, the item closest to its screening value.
 */
export function decidingItems(items: FarmlandItemOutcome[], cls: SoilQualityClass): FarmlandItemOutcome[] {
  if (cls === SoilQualityClass.STRICT_CONTROL)
    return items.filter((i) => i.exceedsIntervention).sort((a, b) => b.ratioToIntervention! - a.ratioToIntervention!);
  if (cls === SoilQualityClass.SAFE_USE) return items.filter((i) => i.exceedsScreening).sort((a, b) => b.ratioToScreening - a.ratioToScreening);
  const closest = [...items].sort((a, b) => b.ratioToScreening - a.ratioToScreening)[0];
  return closest ? [closest] : [];
}

const round = (x: number) => Number(x.toFixed(3));
const CLASS_LABEL: Record<SoilQualityClass, string> = {
  [SoilQualityClass.PRIORITY_PROTECTION]: '优先保护类',
  [SoilQualityClass.SAFE_USE]: '安全利用类',
  [SoilQualityClass.STRICT_CONTROL]: '严格管控类',
};
export const classLabel = (c: SoilQualityClass) => CLASS_LABEL[c];

/** One item's comparison in words, for an approval file: item, value, threshold, table and ratio. */
export function explainItem(tables: StandardTables, i: FarmlandItemOutcome): string {
  const name = `${tables.analyteNames.get(i.analyte) ?? i.analyte}（${i.analyte}）`;
  const measured = i.belowDetection ? `未检出（检出限 ${i.value} mg/kg）` : `实测 ${i.value} mg/kg`;
  const s = `GB 15618-2018 ${i.screening.table}风险筛选值 ${i.screening.value} mg/kg（${i.screening.column}）`;
  if (i.exceedsIntervention) {
    const v = i.intervention!;
    return `${name}${measured}，超过GB 15618-2018 ${v.table}风险管制值 ${v.value} mg/kg（${v.column}），为管制值的 ${round(i.ratioToIntervention!)} 倍`;
  }
  if (i.exceedsScreening) {
    const tail = i.intervention ? `，未超过${i.intervention.table}风险管制值 ${i.intervention.value} mg/kg` : '，该项目无风险管制值';
    return `${name}${measured}，超过${s}，为筛选值的 ${round(i.ratioToScreening)} 倍${tail}`;
  }
  return `${name}${measured}，不超过${s}（筛选值的 ${round(i.ratioToScreening)} 倍）`;
}
