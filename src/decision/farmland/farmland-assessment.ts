import { FarmlandUnitEntity } from '../../agriculture/farmland-unit.entity';
import { toFarmlandUnit } from '../../agriculture/farmland-unit.type';
import { SoilQualityClass } from '../../agriculture/soil-quality-class.enum';
import type { HubContext } from '../../graphql/context';
import { standardTables, type StandardTables } from '../standards/standard-tables';
import { FarmlandAssessment } from './farmland-assessment.type';
import { FarmlandClassChange } from './farmland-class-change.type';
import { FarmlandItemResult } from './farmland-item-result.type';
import { assessItems, classLabel, classOf, decidingItems, explainItem, FARMLAND_ITEMS, type FarmlandItemOutcome, type MeasuredItem } from './gb15618-rules';

const BASIS =
  'GB 15618-2018 表1–表3；每个监测点位取评价日及之前最新一次表层样品（上层深度 0 cm），单元类别取各样品中最严者；' +
  '等于限值不算超过，未检出不算超过；水旱轮作取较严值；无管制值的项目（铜、镍、锌及表2项目）不致划入严格管控类';

const SEVERITY: Record<SoilQualityClass, number> = {
  [SoilQualityClass.PRIORITY_PROTECTION]: 0,
  [SoilQualityClass.SAFE_USE]: 1,
  [SoilQualityClass.STRICT_CONTROL]: 2,
};

interface SampleRow {
  unitId: number;
  pointId: number;
  id: number;
  code: string;
  sampledOn: string;
  ph: number | null;
  items: MeasuredItem[];
}

interface CropRow {
  unitId: number;
  code: string;
  overLimit: boolean;
}

interface Outcome {
  cls: SoilQualityClass | null;
  samples: number;
  items: FarmlandItemResult[];
  deciding: FarmlandItemResult[];
}

function toResult(tables: StandardTables, s: SampleRow, o: FarmlandItemOutcome): FarmlandItemResult {
  return Object.assign(new FarmlandItemResult(), {
    analyte: o.analyte,
    analyteName: tables.analyteNames.get(o.analyte) ?? o.analyte,
    sampleCode: s.code,
    sampledOn: s.sampledOn,
    ph: s.ph,
    value: o.value,
    belowDetection: o.belowDetection,
    screeningValue: o.screening.value,
    screeningSource: `GB 15618-2018 ${o.screening.table}（${o.screening.column}）`,
    interventionValue: o.intervention?.value ?? null,
    interventionSource: o.intervention ? `GB 15618-2018 ${o.intervention.table}（${o.intervention.column}）` : null,
    ratioToScreening: Number(o.ratioToScreening.toFixed(4)),
    ratioToIntervention: o.ratioToIntervention === null ? null : Number(o.ratioToIntervention.toFixed(4)),
    exceedsScreening: o.exceedsScreening,
    exceedsIntervention: o.exceedsIntervention,
    explanation: `样品 ${s.code}（${s.sampledOn}）：${explainItem(tables, o)}`,
  });
}

/** The unit as of a day: each point's latest sample on or before it, the unit's class the worst of theirs. */
function assessAsOf(tables: StandardTables, unit: FarmlandUnitEntity, samples: SampleRow[], day: string): Outcome {
  const latest = new Map<number, SampleRow>();
  for (const s of samples) if (s.sampledOn <= day) latest.set(s.pointId, s);
  if (!latest.size) return { cls: null, samples: 0, items: [], deciding: [] };
  let cls = SoilQualityClass.PRIORITY_PROTECTION;
  const perSample = [...latest.values()].map((s) => {
    const outcomes = assessItems(tables, unit.landType, s.ph, s.items);
    const c = classOf(outcomes);
    if (SEVERITY[c] > SEVERITY[cls]) cls = c;
    return { s, outcomes };
  });
  const all = perSample.flatMap(({ s, outcomes }) => outcomes.map((o) => ({ s, o })));
  const decidingOutcomes = new Set(
    decidingItems(
      all.map((x) => x.o),
      cls,
    ),
  );
  const byStrength = [...decidingOutcomes];
  const deciding = all.filter((x) => decidingOutcomes.has(x.o)).sort((a, b) => byStrength.indexOf(a.o) - byStrength.indexOf(b.o));
  return {
    cls,
    samples: latest.size,
    items: all.map(({ s, o }) => toResult(tables, s, o)),
    deciding: deciding.map(({ s, o }) => toResult(tables, s, o)),
  };
}

function explanationOf(unit: FarmlandUnitEntity, asOf: string, o: Outcome): string {
  if (!o.cls) return `截至 ${asOf} 没有耕地单元 ${unit.code} 的表层土壤样品，无法评价`;
  const head = `耕地单元 ${unit.code} 按 ${o.samples} 个点位截至 ${asOf} 的最新表层样品评为${classLabel(o.cls)}`;
  const reasons = o.deciding.map((d) => d.explanation).join('；');
  if (o.cls === SoilQualityClass.PRIORITY_PROTECTION) return `${head}：各项目均不超过风险筛选值，最接近的是 ${reasons}`;
  return `${head}：${reasons}`;
}

function cropSignalOf(cls: SoilQualityClass | null, crops: CropRow[]): string | null {
  const over = crops.filter((c) => c.overLimit);
  if (!over.length) return null;
  const head = `农产品协同监测：${over.length} 个农产品样品超过食品污染物限量（${over
    .slice(0, 5)
    .map((c) => c.code)
    .join('、')}${over.length > 5 ? ' 等' : ''}）`;
  switch (cls) {
    case SoilQualityClass.SAFE_USE:
      return `${head}，是将该安全利用类单元划为严格管控类的依据，须结合协同监测结果研判`;
    case SoilQualityClass.PRIORITY_PROTECTION:
      return `${head}，而土壤不超过筛选值：须排查灌溉水、大气沉降等污染来源`;
    case SoilQualityClass.STRICT_CONTROL:
      return `${head}，与严格管控类评价一致`;
    default:
      return `${head}，尚无土壤样品可供评价`;
  }
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/**
 * Assesses farmland units as of a day, in two statements whatever their number: their surface samples with
 * the GB 15618 items, and their crop co-monitoring samples. The history replays the same samples day by day.
 */
export async function assessUnits(ctx: HubContext, units: FarmlandUnitEntity[], asOf: string): Promise<FarmlandAssessment[]> {
  if (!units.length) return [];
  const tables = await standardTables(ctx.db);
  const ids = units.map((u) => u.id);
  const [sampleRows, cropRows] = await Promise.all([
    ctx.db.query(
      `SELECT p.farmland_unit_id AS "unitId", p.id AS "pointId", s.id, s.code, s.sampled_on AS "sampledOn", s.ph::float8 AS ph,
              jsonb_agg(jsonb_build_object('analyte', a.code, 'value', m.value::float8, 'belowDetection', m.below_detection) ORDER BY a.id) AS items
         FROM monitoring_point p
         JOIN soil_sample s ON s.point_id = p.id AND s.depth_top_cm = 0 AND s.sampled_on <= $2
         JOIN measurement m ON m.sample_id = s.id
         JOIN analyte a ON a.id = m.analyte_id AND a.code = ANY($3)
        WHERE p.farmland_unit_id = ANY($1)
        GROUP BY p.farmland_unit_id, p.id, s.id
        ORDER BY s.sampled_on, s.id`,
      [ids, asOf, FARMLAND_ITEMS],
    ) as Promise<SampleRow[]>,
    ctx.db.query(
      `SELECT farmland_unit_id AS "unitId", code, over_limit AS "overLimit" FROM agri_product_sample
        WHERE farmland_unit_id = ANY($1) AND sampled_on <= $2 ORDER BY sampled_on, id`,
      [ids, asOf],
    ) as Promise<CropRow[]>,
  ]);
  const samplesOf = groupBy(sampleRows, (s) => s.unitId);
  const cropsOf = groupBy(cropRows, (c) => c.unitId);
  return units.map((unit) => {
    const samples = samplesOf.get(unit.id) ?? [];
    const crops = cropsOf.get(unit.id) ?? [];
    const now = assessAsOf(tables, unit, samples, asOf);
    const history: FarmlandClassChange[] = [];
    for (const day of [...new Set(samples.map((s) => s.sampledOn))]) {
      const then = assessAsOf(tables, unit, samples, day);
      const previous = history[history.length - 1];
      history.push(
        Object.assign(new FarmlandClassChange(), {
          on: day,
          qualityClass: then.cls,
          changed: !!previous && previous.qualityClass !== then.cls,
          decidingItems: then.deciding,
        }),
      );
    }
    return Object.assign(new FarmlandAssessment(), {
      unit: toFarmlandUnit(unit),
      asOf,
      qualityClass: now.cls,
      samples: now.samples,
      items: now.items,
      decidingItems: now.deciding,
      explanation: explanationOf(unit, asOf, now),
      recordedClass: unit.qualityClass,
      agreesWithRecorded: now.cls && unit.qualityClass ? now.cls === unit.qualityClass : null,
      cropSamples: crops.length,
      cropSamplesOverLimit: crops.filter((c) => c.overLimit).length,
      cropSignal: cropSignalOf(now.cls, crops),
      history,
      basis: BASIS,
      countyId: unit.countyId,
    });
  });
}
