import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import type { LandParcelEntity } from '../../land/land-parcel.entity';
import { toParcel } from '../../land/land-parcel.type';
import { standardTables } from '../standards/standard-tables';
import type { BackgroundValueInput } from './background-value.input';
import { managedBackgrounds, type ManagedBackground } from './managed-backgrounds';
import { boundsOf, containsPoint, type GeoJsonPolygonal } from '../../common/geojson-polygon';
import { CheckVerdict } from './check-verdict.enum';
import { ConstructionItemResult } from './construction-item-result.type';
import { ConstructionLandCheck } from './construction-land-check.type';
import { parseUseCode } from '../../planning/use-code';
import {
  BACKGROUND_ITEMS,
  checkItems,
  decidingConstructionItems,
  explainConstructionItem,
  landClassFor,
  verdictOf,
  type ConstructionItemOutcome,
  type ConstructionMeasurement,
} from './gb36600-rules';

const VERDICT_TEXT: Record<CheckVerdict, string> = {
  [CheckVerdict.MEETS_USE]: '各项目均不超过筛选值，符合规划用途的土壤环境质量要求',
  [CheckVerdict.NEEDS_ASSESSMENT]: '有项目超过筛选值，须开展详细调查和风险评估',
  [CheckVerdict.UNACCEPTABLE_RISK]: '有项目超过管制值，通常存在不可接受风险，须风险管控或治理修复',
  [CheckVerdict.NO_DATA]: '没有土壤监测数据，无法判定',
};

export interface PlannedUse {
  category: string;
  planName: string | null;
  approvedOn: string | null;
}

/** The parcel's current planned use: the latest approved 控规 entry, or the last recorded one. */
export async function plannedUseOf(ctx: HubContext, parcelId: number): Promise<PlannedUse | null> {
  const [row] = await ctx.db.query(
    `SELECT category, plan_name AS "planName", approved_on AS "approvedOn" FROM planned_land_use
      WHERE parcel_id = $1 ORDER BY approved_on DESC NULLS LAST, id DESC LIMIT 1`,
    [parcelId],
  );
  return row ?? null;
}

export function parseBackgrounds(inputs: BackgroundValueInput[] | null | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of inputs ?? []) {
    if (!BACKGROUND_ITEMS.includes(b.analyte)) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, `背景值只适用于砷 As、钴 Co、钒 V，不适用于 ${b.analyte}（GB 36600-2018 表1、表2 注①）`, {
        details: { argument: 'backgrounds' },
      });
    }
    if (!(b.value > 0)) throw new HubError(ErrorCode.BAD_USER_INPUT, `${b.analyte} 的背景值应为正数`, { details: { argument: 'backgrounds' } });
    if (out.has(b.analyte)) throw new HubError(ErrorCode.BAD_USER_INPUT, `${b.analyte} 的背景值给了两次`, { details: { argument: 'backgrounds' } });
    out.set(b.analyte, b.value);
  }
  return out;
}

export function parsePlannedUse(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : parseUseCode(value, 'plannedUse');
}

function toResult(o: ConstructionItemOutcome, landClass: 1 | 2, managed: Map<string, ManagedBackground>): ConstructionItemResult {
  const background = managed.get(o.analyte);
  return Object.assign(new ConstructionItemResult(), {
    analyte: o.analyte,
    itemName: o.item.name,
    standardItem: `${o.item.table === 'basic' ? '表1' : '表2'} 第${o.item.itemNo}项`,
    value: o.worst.value,
    belowDetection: o.worst.belowDetection,
    sampleCode: o.worst.sampleCode,
    sampledOn: o.worst.sampledOn,
    samples: o.samples,
    screeningValue: o.screening,
    interventionValue: o.intervention,
    backgroundValue: o.background,
    backgroundBasis: background ? `${background.countyId === null ? '全市' : '本县'}背景值：${background.basis}` : null,
    exceedsScreening: o.exceedsScreening,
    exceedsIntervention: o.exceedsIntervention,
    withinBackground: o.withinBackground,
    explanation: explainConstructionItem(o, landClass),
  });
}

/**
 * GB 36600-2018 for a parcel: its measurements are those of the monitoring points of the site on it (the
 * investigation's points), from `since` on when an effect evaluation fixed the site's current state; the planned
 * use decides the land class; the environment department's background values apply (表1、表2 注①). Three statements.
 */
/** The monitoring points inside a boundary: a box in SQL, then the exact test in the hub (PostGIS would do both: ST_Contains). */
async function pointsInside(ctx: HubContext, boundary: GeoJsonPolygonal): Promise<number[]> {
  const box = boundsOf(boundary);
  const candidates: { id: number; longitude: number; latitude: number }[] = await ctx.db.query(
    `SELECT id, longitude::float8 AS longitude, latitude::float8 AS latitude FROM monitoring_point
      WHERE longitude BETWEEN $1 AND $2 AND latitude BETWEEN $3 AND $4 LIMIT ${MAX_CANDIDATE_POINTS}`,
    [box.minLon, box.maxLon, box.minLat, box.maxLat],
  );
  return candidates.filter((p) => containsPoint(boundary, p.longitude, p.latitude)).map((p) => p.id);
}

/** A parcel holds tens of points; the bound keeps a huge boundary from costing the hub a table scan's worth of tests. */
const MAX_CANDIDATE_POINTS = 10_000;

export async function checkParcel(
  ctx: HubContext,
  parcel: LandParcelEntity,
  plannedUse: string | null,
  since: string | null = null,
): Promise<ConstructionLandCheck> {
  const tables = await standardTables(ctx.db);
  const managed = await managedBackgrounds(ctx, parcel.countyId);
  const backgrounds = new Map([...managed].map(([analyte, b]) => [analyte, b.value]));
  // With a boundary the hub decides which points lie in the parcel; without one, the points linked to its site.
  const inside = parcel.boundary ? await pointsInside(ctx, parcel.boundary) : null;
  const measured: (ConstructionMeasurement & { sampleId: number })[] =
    inside === null && parcel.siteId === null
      ? []
      : await ctx.db.query(
          `SELECT a.code AS analyte, m.value::float8 AS value, m.below_detection AS "belowDetection", s.id AS "sampleId", s.code AS "sampleCode",
            s.sampled_on AS "sampledOn", s.depth_top_cm AS "depthTopCm", s.depth_bottom_cm AS "depthBottomCm"
       FROM monitoring_point p JOIN soil_sample s ON s.point_id = p.id JOIN measurement m ON m.sample_id = s.id JOIN analyte a ON a.id = m.analyte_id
      WHERE (CASE WHEN $3::int[] IS NULL THEN p.site_id = $1 ELSE p.id = ANY($3) END) AND ($2::date IS NULL OR s.sampled_on >= $2::date)
      ORDER BY s.sampled_on, s.id, a.id`,
          [parcel.siteId, since, inside],
        );
  const { landClass, basis } = landClassFor(plannedUse);
  const outcomes = checkItems(tables, landClass, measured, backgrounds);
  const verdict = verdictOf(outcomes);
  const deciding = decidingConstructionItems(outcomes, verdict).map((o) => toResult(o, landClass, managed));
  const samples = new Set(measured.map((m) => m.sampleId)).size;
  const classText = landClass === 1 ? '第一类用地' : '第二类用地';
  const period = since ? `${since} 以来（效果评估之后）` : '';
  const where = inside === null ? '地块上调查监测点位' : `宗地界址内 ${inside.length} 个监测点位`;
  const explanation =
    verdict === CheckVerdict.NO_DATA
      ? `宗地 ${parcel.parcelCode} ${VERDICT_TEXT[verdict]}（没有${period}${where}的样品）`
      : `宗地 ${parcel.parcelCode} 按${classText}筛查${period}${where}的 ${samples} 个样品（${basis}）：${VERDICT_TEXT[verdict]}。` +
        `${verdict === CheckVerdict.MEETS_USE ? '最接近筛选值的是 ' : ''}${deciding.map((d) => d.explanation).join('；')}`;
  return Object.assign(new ConstructionLandCheck(), {
    parcel: toParcel(parcel),
    plannedUse,
    landClass,
    landClassBasis: basis,
    verdict,
    samples,
    items: outcomes.map((o) => toResult(o, landClass, managed)),
    decidingItems: deciding,
    explanation,
    countyId: parcel.countyId,
    dataAsOf: measured.length ? measured[measured.length - 1].sampledOn : null,
  });
}
