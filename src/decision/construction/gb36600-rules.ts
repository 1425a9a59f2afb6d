import { landClassOf } from '../../planning/land-class';
import type { ConstructionValue, StandardTables } from '../standards/standard-tables';
import { CheckVerdict } from './check-verdict.enum';

/** GB 36600-2018 §4.2.3 (note): these may exceed the screening value naturally; within the local background they are not contamination. */
export const BACKGROUND_ITEMS = ['As', 'Co', 'V'];

export interface LandClassDecision {
  landClass: 1 | 2;
  basis: string;
}

/** The land class of a planned use, in words for the approval file. */
export function landClassFor(plannedUse: string | null): LandClassDecision {
  if (!plannedUse) return { landClass: 1, basis: '规划用途未知，按第一类用地从严判定' };
  const landClass = landClassOf(plannedUse);
  return {
    landClass,
    basis:
      landClass === 1
        ? `规划用途 ${plannedUse} 属第一类用地：居住、中小学、医疗卫生、社会福利、社区公园或儿童公园用地，或未能归类的用途`
        : `规划用途 ${plannedUse} 属第二类用地：工业、物流仓储、商业服务业、道路交通、公用设施、其他公共管理与服务及绿地广场用地`,
  };
}

export interface ConstructionMeasurement {
  analyte: string;
  value: number;
  belowDetection: boolean;
  sampleCode: string;
  sampledOn: string;
  depthTopCm: number;
  depthBottomCm: number;
}

export interface ConstructionItemOutcome {
  analyte: string;
  item: ConstructionValue;
  /** The highest value of the item over the parcel's samples, and the sample it comes from. */
  worst: ConstructionMeasurement;
  samples: number;
  screening: number;
  intervention: number;
  background: number | null;
  exceedsScreening: boolean;
  exceedsIntervention: boolean;
  /** Above the screening value but within the given background (As, Co, V only): not counted. */
  withinBackground: boolean;
  /** Counts towards the verdict. */
  counted: boolean;
}

/**
 * Every measured item of GB 36600 against its class's values, one outcome per item from its highest value.
 * A value exactly at a threshold does not exceed it; a value below the detection limit exceeds nothing.
 */
export function checkItems(
  tables: StandardTables,
  landClass: 1 | 2,
  measured: ConstructionMeasurement[],
  backgrounds: Map<string, number>,
): ConstructionItemOutcome[] {
  const byItem = new Map<string, ConstructionMeasurement[]>();
  for (const m of measured) {
    if (!tables.construction.has(m.analyte)) continue;
    byItem.set(m.analyte, [...(byItem.get(m.analyte) ?? []), m]);
  }
  const out: ConstructionItemOutcome[] = [];
  for (const [analyte, ms] of byItem) {
    const item = tables.construction.get(analyte)!;
    const detected = ms.filter((m) => !m.belowDetection);
    const worst = (detected.length ? detected : ms).reduce((a, b) => (b.value > a.value ? b : a));
    const screening = item.screening[landClass];
    const intervention = item.intervention[landClass];
    const background = BACKGROUND_ITEMS.includes(analyte) ? (backgrounds.get(analyte) ?? null) : null;
    const exceedsScreening = !worst.belowDetection && worst.value > screening;
    const exceedsIntervention = !worst.belowDetection && worst.value > intervention;
    const withinBackground = exceedsScreening && background !== null && worst.value <= background;
    out.push({
      analyte,
      item,
      worst,
      samples: ms.length,
      screening,
      intervention,
      background,
      exceedsScreening,
      exceedsIntervention,
      withinBackground,
      counted: exceedsScreening && !withinBackground,
    });
  }
  return out.sort((a, b) => (a.item.table === b.item.table ? a.item.itemNo - b.item.itemNo : a.item.table === 'basic' ? -1 : 1));
}

/** ≤ screening: meets the use; > screening: detailed investigation and risk assessment; > intervention: unacceptable risk. */
export function verdictOf(items: ConstructionItemOutcome[]): CheckVerdict {
  if (!items.length) return CheckVerdict.NO_DATA;
  if (items.some((i) => i.counted && i.exceedsIntervention)) return CheckVerdict.UNACCEPTABLE_RISK;
  if (items.some((i) => i.counted)) return CheckVerdict.NEEDS_ASSESSMENT;
  return CheckVerdict.MEETS_USE;
}

/** The items behind a verdict, strongest first; for a parcel that meets its use, the item closest to its screening value. */
export function decidingConstructionItems(items: ConstructionItemOutcome[], verdict: CheckVerdict): ConstructionItemOutcome[] {
  const byScreening = (a: ConstructionItemOutcome, b: ConstructionItemOutcome) => b.worst.value / b.screening - a.worst.value / a.screening;
  if (verdict === CheckVerdict.UNACCEPTABLE_RISK)
    return items.filter((i) => i.counted && i.exceedsIntervention).sort((a, b) => b.worst.value / b.intervention - a.worst.value / a.intervention);
  if (verdict === CheckVerdict.NEEDS_ASSESSMENT) return items.filter((i) => i.counted).sort(byScreening);
  return [...items].sort(byScreening).slice(0, 1);
}

const tableName = (i: ConstructionValue) => (i.table === 'basic' ? '表1' : '表2');
const round = (x: number) => Number(x.toFixed(3));

/** One item's comparison in words: item, value and sample, the class's threshold, the table, the ratio. */
export function explainConstructionItem(i: ConstructionItemOutcome, landClass: 1 | 2): string {
  const where = `样品 ${i.worst.sampleCode}（${i.worst.sampledOn}，${i.worst.depthTopCm}–${i.worst.depthBottomCm} cm）`;
  const measured = i.worst.belowDetection ? `未检出（检出限 ${i.worst.value} mg/kg）` : `最高值 ${i.worst.value} mg/kg`;
  const head = `${i.item.name}${measured}，${where}`;
  const table = `GB 36600-2018 ${tableName(i.item)}第${landClass === 1 ? '一' : '二'}类用地`;
  if (i.withinBackground) return `${head}，超过${table}筛选值 ${i.screening} mg/kg，但不超过背景值 ${i.background} mg/kg，不计为超标`;
  if (i.exceedsIntervention) return `${head}，超过${table}管制值 ${i.intervention} mg/kg，为管制值的 ${round(i.worst.value / i.intervention)} 倍`;
  if (i.exceedsScreening)
    return `${head}，超过${table}筛选值 ${i.screening} mg/kg，为筛选值的 ${round(i.worst.value / i.screening)} 倍，未超过管制值 ${i.intervention} mg/kg`;
  return `${head}，不超过${table}筛选值 ${i.screening} mg/kg（筛选值的 ${round(i.worst.value / i.screening)} 倍）`;
}
