import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import { bulkInsert, nextId, syncIdentity } from './bulk-insert';
import { COUNTY_CENTRES, ENVELOPE } from './langfang-geography';
import { Random } from './random';
import { generateRecords } from './synthetic-records';
import { exceedingMetal, METALS, metalValue, soilPh, type Burden } from './soil-values';
import type { SyntheticScale } from './synthetic-scale';

/** Tables holding synthetic rows, children first: what --replace clears. */
const SYNTHETIC_TABLES = [
  'task_progress_report',
  'planning_permit',
  'construction_project',
  'land_transaction',
  'prohibited_zone',
  'safe_use_measure',
  'irrigation_water_sample',
  'agri_product_sample',
  'county_assessment',
  'county_target',
  'investigation_notice',
  'site_assessment_report',
  'background_value',
  'remediation_evaluation',
  'remediation_progress_report',
  'remediation_project',
  'self_monitoring_report',
  'measurement',
  'soil_sample',
  'monitoring_point',
  'planned_land_use',
  'land_parcel',
  'farmland_unit',
  'key_enterprise',
  'contaminated_site',
];

const INDUSTRIES = ['有色金属冶炼', '石油加工', '化工', '焦化', '电镀', '制革', '医药制造', '铅酸蓄电池', '钢铁'];
const PLANNED_USES: [string, number][] = [
  ['R2', 20],
  ['A33', 5],
  ['A5', 3],
  ['A6', 2],
  ['M1', 25],
  ['W1', 10],
  ['B1', 15],
  ['S1', 5],
  ['U1', 5],
  ['G1', 10],
];
const CURRENT_USES: [string, number][] = [
  ['工业用地', 35],
  ['耕地', 20],
  ['住宅用地', 15],
  ['商服用地', 10],
  ['仓储用地', 10],
  ['公共管理与公共服务用地', 10],
];

export interface SyntheticSummary {
  /** Rows of the records hanging off the core, by table. */
  records: Record<string, number>;
  farmlandUnits: number;
  monitoringPoints: number;
  samples: number;
  measurements: number;
  keyEnterprises: number;
  sites: number;
  parcels: number;
}

export async function hasSyntheticData(ds: DataSource): Promise<boolean> {
  const [row] = await ds.query(`SELECT EXISTS (SELECT 1 FROM monitoring_point WHERE source = 'synthetic') AS present`);
  return row.present;
}

/**
 * Makes plausible data for everything the plan does not give — every row marked source = 'synthetic'
 * and named as synthetic — in one transaction: all of it or none. The same seed gives the same data.
 */
export async function generateSynthetic(
  ds: DataSource,
  scale: SyntheticScale,
  options: { seed: number; replace: boolean; logger: Logger },
): Promise<SyntheticSummary> {
  const random = new Random(options.seed);
  const q = ds.createQueryRunner();
  await q.connect();
  await q.startTransaction();
  try {
    if (await q.query(`SELECT 1 FROM monitoring_point WHERE source = 'synthetic' LIMIT 1`).then((r) => r.length > 0)) {
      if (!options.replace) throw new Error('synthetic data already present: use --replace to regenerate it');
      for (const table of SYNTHETIC_TABLES) await q.query(`DELETE FROM "${table}" WHERE source = 'synthetic'`);
    }
    const summary = await generate(q, scale, random, options.logger);
    await q.commitTransaction();
    for (const table of SYNTHETIC_TABLES) await ds.query(`ANALYZE "${table}"`);
    return summary;
  } catch (err) {
    await q.rollbackTransaction();
    throw err;
  } finally {
    await q.release();
  }
}

async function generate(q: QueryRunner, scale: SyntheticScale, random: Random, logger: Logger): Promise<SyntheticSummary> {
  const counties: { id: number; name: string }[] = await q.query('SELECT id, name FROM county ORDER BY id');
  const metalIds = new Map<string, number>(
    (await q.query(`SELECT id, code FROM analyte WHERE code = ANY($1)`, [[...METALS]])).map((r: { id: number; code: string }) => [r.code, r.id]),
  );
  const parks: { id: number; county_id: number | null }[] = await q.query('SELECT id, county_id FROM industrial_park');
  const place = (county: string, spread = 0.08): [number, number] => {
    const [lon, lat] = COUNTY_CENTRES[county];
    return [
      Number(Math.min(ENVELOPE.maxLon, Math.max(ENVELOPE.minLon, lon + random.between(-spread, spread))).toFixed(6)),
      Number(Math.min(ENVELOPE.maxLat, Math.max(ENVELOPE.minLat, lat + random.between(-spread, spread))).toFixed(6)),
    ];
  };

  // Key supervised enterprises.
  const enterprises: unknown[][] = [];
  let enterpriseId = await nextId(q, 'key_enterprise');
  for (let i = 1; i <= scale.keyEnterprises; i++) {
    const county = random.pick(counties);
    const countyParks = parks.filter((p) => p.county_id === county.id);
    const industry = random.pick(INDUSTRIES);
    enterprises.push([
      enterpriseId++,
      `SYN${String(i).padStart(15, '0')}`,
      `合成示例企业${String(i).padStart(4, '0')}（${industry}）`,
      industry,
      county.id,
      countyParks.length && random.chance(0.5) ? random.pick(countyParks).id : null,
      random.weighted([
        ['operating', 85],
        ['closed', 10],
        ['relocated', 5],
      ]),
      random.weighted([
        ['green', 50],
        ['blue', 30],
        ['yellow', 15],
        ['red', 5],
      ]),
      random.chance(0.7),
      random.chance(0.8),
      'synthetic',
    ]);
  }
  await bulkInsert(
    q,
    'key_enterprise',
    [
      { name: 'id', type: 'int' },
      { name: 'credit_code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'industry', type: 'text' },
      { name: 'county_id', type: 'int' },
      { name: 'park_id', type: 'int' },
      { name: 'status', type: 'enterprise_status' },
      { name: 'credit_rating', type: 'credit_rating' },
      { name: 'liability_insurance', type: 'boolean' },
      { name: 'responsibility_letter_signed', type: 'boolean' },
      { name: 'source', type: 'record_source' },
    ],
    enterprises,
  );
  await syncIdentity(q, 'key_enterprise');

  // Suspected and registered sites beside the plan's 附表3 sites.
  const sites: unknown[][] = [];
  let siteId = await nextId(q, 'contaminated_site');
  for (let i = 1; i <= scale.suspectedSites; i++) {
    const county = random.pick(counties);
    const status = random.weighted([
      ['suspected', 40],
      ['investigated', 20],
      ['registered', 20],
      ['under_control', 8],
      ['under_remediation', 8],
      ['removed', 4],
    ]);
    const assessed = status !== 'suspected';
    const listed = ['registered', 'under_control', 'under_remediation', 'removed'].includes(status);
    const industry = random.pick(INDUSTRIES);
    sites.push([
      siteId++,
      `SYN-SITE-${String(i).padStart(4, '0')}`,
      `合成示例地块${String(i).padStart(4, '0')}（原${industry}企业）`,
      county.id,
      status,
      assessed
        ? random.weighted([
            ['high', 20],
            ['medium', 40],
            ['low', 40],
          ])
        : null,
      Math.round(random.logNormal(30_000, 0.9)),
      industry,
      `合成示例使用权人${i}`,
      listed ? '{R,A33,A5,A6}' : '{}',
      '合成数据（synthetic）',
      listed ? `${random.int(2018, 2019)}-${String(random.int(1, 12)).padStart(2, '0')}-15` : null,
      status === 'removed' ? `2020-${String(random.int(1, 12)).padStart(2, '0')}-20` : null,
      'synthetic',
    ]);
  }
  await bulkInsert(
    q,
    'contaminated_site',
    [
      { name: 'id', type: 'int' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'county_id', type: 'int' },
      { name: 'status', type: 'site_status' },
      { name: 'risk_level', type: 'risk_level' },
      { name: 'area_m2', type: 'numeric' },
      { name: 'former_industry', type: 'text' },
      { name: 'land_use_holder', type: 'text' },
      { name: 'disallowed_uses', type: 'text', cast: 'text[]' },
      { name: 'origin', type: 'text' },
      { name: 'listed_on', type: 'date' },
      { name: 'removed_on', type: 'date' },
      { name: 'source', type: 'record_source' },
    ],
    sites,
  );
  await syncIdentity(q, 'contaminated_site');
  const allSites: { id: number; county_id: number; status: string }[] = await q.query('SELECT id, county_id, status FROM contaminated_site ORDER BY id');

  // Farmland units, each with its planned burden, which decides its class.
  const units: unknown[][] = [];
  const unitBurden = new Map<number, Burden>();
  const unitPlace = new Map<number, [number, number]>();
  const unitCounty = new Map<number, number>();
  let unitId = await nextId(q, 'farmland_unit');
  for (let i = 1; i <= scale.farmlandUnits; i++) {
    const county = random.pick(counties);
    const burden = random.weighted<Burden>([
      ['clean', 94],
      ['over_screening', 5],
      ['over_intervention', 1],
    ]);
    const landType = random.weighted([
      ['dry', 85],
      ['orchard', 8],
      ['paddy', 4],
      ['paddy_upland_rotation', 3],
    ]);
    const crop = landType === 'orchard' ? random.pick(['梨', '桃', '苹果']) : landType === 'dry' ? random.pick(['小麦-玉米', '蔬菜', '玉米']) : '水稻';
    const [lon, lat] = place(county.name);
    unitBurden.set(unitId, burden);
    unitPlace.set(unitId, [lon, lat]);
    unitCounty.set(unitId, county.id);
    units.push([
      unitId++,
      `SYN-F-${String(i).padStart(6, '0')}`,
      `${county.name}合成耕地单元${i}`,
      county.id,
      Math.round(random.logNormal(800, 0.6)),
      landType,
      crop,
      burden === 'clean' ? 'priority_protection' : burden === 'over_screening' ? 'safe_use' : 'strict_control',
      '2020-06-30',
      '合成数据（synthetic）：由本单元合成样品与 GB 15618-2018 筛选值、管制值比较得出',
      random.chance(0.7),
      lon,
      lat,
      'synthetic',
    ]);
  }
  await bulkInsert(
    q,
    'farmland_unit',
    [
      { name: 'id', type: 'int' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'county_id', type: 'int' },
      { name: 'area_mu', type: 'numeric' },
      { name: 'land_type', type: 'farmland_type' },
      { name: 'crop', type: 'text' },
      { name: 'quality_class', type: 'soil_quality_class' },
      { name: 'classified_on', type: 'date' },
      { name: 'class_basis', type: 'text' },
      { name: 'permanent_basic_farmland', type: 'boolean' },
      { name: 'longitude', type: 'numeric' },
      { name: 'latitude', type: 'numeric' },
      { name: 'source', type: 'record_source' },
    ],
    units,
  );
  await syncIdentity(q, 'farmland_unit');

  // Monitoring points: one per farmland unit, three per site, and the other kinds.
  const points: unknown[][] = [];
  const pointBurden: { id: number; burden: Burden; type: string }[] = [];
  let pointId = await nextId(q, 'monitoring_point');
  let pointNo = 0;
  const countyName = new Map(counties.map((c) => [c.id, c.name]));
  const addPoint = (
    type: string,
    countyId: number,
    at: [number, number],
    burden: Burden,
    farmlandUnitId: number | null,
    siteRef: number | null,
    landUse: string,
  ) => {
    pointNo++;
    pointBurden.push({ id: pointId, burden, type });
    points.push([
      pointId++,
      `SYN-P-${String(pointNo).padStart(6, '0')}`,
      `合成点位${pointNo}`,
      type,
      countyId,
      at[0],
      at[1],
      landUse,
      farmlandUnitId,
      siteRef,
      `${random.int(2015, 2017)}-0${random.int(3, 9)}-01`,
      'synthetic',
    ]);
  };
  for (const [id, burden] of unitBurden) addPoint('farmland', unitCounty.get(id)!, unitPlace.get(id)!, burden, id, null, '耕地');
  for (const site of allSites) {
    const burden: Burden = ['registered', 'under_control', 'under_remediation'].includes(site.status)
      ? random.weighted<Burden>([
          ['over_screening', 70],
          ['over_intervention', 30],
        ])
      : random.weighted<Burden>([
          ['elevated', 70],
          ['clean', 30],
        ]);
    const at = place(countyName.get(site.county_id)!);
    for (let k = 0; k < 3; k++)
      addPoint('site_investigation', site.county_id, [Number((at[0] + k * 0.001).toFixed(6)), at[1]], burden, null, site.id, '工业用地');
  }
  for (let i = 0; i < scale.otherPoints; i++) {
    const county = random.pick(counties);
    const type = random.weighted([
      ['national_control', 15],
      ['provincial_control', 25],
      ['key_enterprise', 30],
      ['industrial_park', 20],
      ['water_source', 10],
    ]);
    const burden: Burden =
      type === 'key_enterprise'
        ? random.weighted<Burden>([
            ['elevated', 85],
            ['over_screening', 15],
          ])
        : random.chance(0.01)
          ? 'over_screening'
          : 'clean';
    addPoint(
      type,
      county.id,
      place(county.name),
      burden,
      null,
      null,
      type === 'water_source' ? '水源保护区' : type === 'industrial_park' || type === 'key_enterprise' ? '工业用地' : '耕地',
    );
  }
  await bulkInsert(
    q,
    'monitoring_point',
    [
      { name: 'id', type: 'int' },
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'point_type', type: 'monitoring_point_type' },
      { name: 'county_id', type: 'int' },
      { name: 'longitude', type: 'numeric' },
      { name: 'latitude', type: 'numeric' },
      { name: 'land_use', type: 'text' },
      { name: 'farmland_unit_id', type: 'int' },
      { name: 'site_id', type: 'int' },
      { name: 'established_on', type: 'date' },
      { name: 'source', type: 'record_source' },
    ],
    points,
  );
  await syncIdentity(q, 'monitoring_point');

  // Samples and their eight heavy-metal measurements, written in chunks to keep memory flat at bench scale.
  let sampleId = await nextId(q, 'soil_sample');
  let measurementId = await nextId(q, 'measurement');
  let samples: unknown[][] = [];
  let measurements: unknown[][] = [];
  let sampleCount = 0;
  let measurementCount = 0;
  const flush = async () => {
    await bulkInsert(
      q,
      'soil_sample',
      [
        { name: 'id', type: 'int' },
        { name: 'code', type: 'text' },
        { name: 'point_id', type: 'int' },
        { name: 'sampled_on', type: 'date' },
        { name: 'depth_top_cm', type: 'int' },
        { name: 'depth_bottom_cm', type: 'int' },
        { name: 'ph', type: 'numeric' },
        { name: 'source', type: 'record_source' },
      ],
      samples,
    );
    await bulkInsert(
      q,
      'measurement',
      [
        { name: 'id', type: 'int' },
        { name: 'sample_id', type: 'int' },
        { name: 'analyte_id', type: 'int' },
        { name: 'value', type: 'numeric' },
        { name: 'unit', type: 'text' },
        { name: 'below_detection', type: 'boolean' },
        { name: 'source', type: 'record_source' },
      ],
      measurements,
    );
    samples = [];
    measurements = [];
  };
  for (const point of pointBurden) {
    const exceeding = exceedingMetal(random);
    for (let k = 0; k < scale.samplesPerPoint; k++) {
      const deep = point.type === 'site_investigation' && k % 2 === 1;
      const year = 2020 - (k % 5);
      sampleCount++;
      samples.push([
        sampleId,
        `SYN-S-${String(sampleCount).padStart(7, '0')}`,
        point.id,
        `${year}-${String(random.int(9, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        deep ? 50 : 0,
        deep ? 150 : 20,
        soilPh(random),
        'synthetic',
      ]);
      for (const metal of METALS) {
        const v = metalValue(random, metal, point.burden, exceeding);
        measurements.push([measurementId++, sampleId, metalIds.get(metal), v.value, 'mg/kg', v.belowDetection, 'synthetic']);
        measurementCount++;
      }
      sampleId++;
      if (measurements.length >= 80_000) await flush();
    }
  }
  await flush();
  await syncIdentity(q, 'soil_sample');
  await syncIdentity(q, 'measurement');

  // Parcels: one on every site, the rest scattered; each with a planned use.
  const parcels: unknown[][] = [];
  const plannedUses: unknown[][] = [];
  let parcelId = await nextId(q, 'land_parcel');
  for (let i = 1; i <= scale.parcels; i++) {
    const site = i <= allSites.length ? allSites[i - 1] : undefined;
    const county = site ? { id: site.county_id, name: countyName.get(site.county_id)! } : random.pick(counties);
    const currentUse = site ? '工业用地' : random.weighted(CURRENT_USES);
    const [lon, lat] = place(county.name);
    parcels.push([
      parcelId,
      `SYN-L-${String(i).padStart(6, '0')}`,
      county.id,
      Math.round(random.logNormal(20_000, 0.8)),
      currentUse,
      `合成示例使用权人${i}`,
      random.weighted([
        ['reserve', 20],
        ['supplied', 50],
        ['transferred', 20],
        ['reclaimed', 10],
      ]),
      currentUse === '耕地' && random.chance(0.5),
      site?.id ?? null,
      lon,
      lat,
      'synthetic',
    ]);
    plannedUses.push([parcelId, random.weighted(PLANNED_USES), `${county.name}控制性详细规划（合成）`, `${random.int(2017, 2020)}-06-30`, 'synthetic']);
    parcelId++;
  }
  await bulkInsert(
    q,
    'land_parcel',
    [
      { name: 'id', type: 'int' },
      { name: 'parcel_code', type: 'text' },
      { name: 'county_id', type: 'int' },
      { name: 'area_m2', type: 'numeric' },
      { name: 'current_use', type: 'text' },
      { name: 'use_right_holder', type: 'text' },
      { name: 'status', type: 'parcel_status' },
      { name: 'permanent_basic_farmland', type: 'boolean' },
      { name: 'site_id', type: 'int' },
      { name: 'longitude', type: 'numeric' },
      { name: 'latitude', type: 'numeric' },
      { name: 'source', type: 'record_source' },
    ],
    parcels,
  );
  await syncIdentity(q, 'land_parcel');
  await bulkInsert(
    q,
    'planned_land_use',
    [
      { name: 'parcel_id', type: 'int' },
      { name: 'category', type: 'text' },
      { name: 'plan_name', type: 'text' },
      { name: 'approved_on', type: 'date' },
      { name: 'source', type: 'record_source' },
    ],
    plannedUses,
  );

  const records = await generateRecords(q, random);
  const summary = {
    records,
    farmlandUnits: units.length,
    monitoringPoints: points.length,
    samples: sampleCount,
    measurements: measurementCount,
    keyEnterprises: enterprises.length,
    sites: sites.length,
    parcels: parcels.length,
  };
  logger.info(summary, 'synthetic data generated');
  return summary;
}
