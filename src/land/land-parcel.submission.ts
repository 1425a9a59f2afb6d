import { Arg, Ctx, Field, Float, InputType, Mutation, Resolver } from 'type-graphql';
import { boundsOf, parsePolygonal, withinLangfang } from '../common/geojson-polygon';
import { JsonObject } from '../common/json-object.scalar';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { countyIdOf } from '../reference/county-key';
import { idOfCode, saveByCode } from '../submission/save-record';
import { parseLandUseClass } from './land-use-class';
import { ListedIndustry } from './listed-industry.enum';
import { ParcelStatus } from './parcel-status.enum';

@InputType('LandParcelInput', { description: '宗地（按宗地代码登记或修改）' })
class LandParcelInput {
  @Field({ description: '宗地代码（已有则修改）' })
  parcelCode!: string;

  @Field({ description: '县级行政区名称或代码' })
  county!: string;

  @Field(() => Float, { description: '面积（平方米，正数）' })
  areaM2!: number;

  @Field({ description: '现状用途：GB/T 21010 土地利用现状分类名称（如 工业用地、旱地）' })
  currentUse!: string;

  @Field(() => ParcelStatus, { nullable: true, description: '供应状态；新宗地缺省为储备' })
  status?: ParcelStatus | null;

  @Field(() => String, { nullable: true, description: '土地使用权人' })
  useRightHolder?: string | null;

  @Field({ description: '是否永久基本农田' })
  permanentBasicFarmland!: boolean;

  @Field(() => ListedIndustry, { nullable: true, description: '曾经或正在用于方案第（十七）条所列行业或设施的，写明是哪一类' })
  listedIndustry?: ListedIndustry | null;

  @Field(() => String, { nullable: true, description: '所在耕地单元编码（耕地或原为耕地的宗地）' })
  farmlandUnit?: string | null;

  @Field(() => String, { nullable: true, description: '宗地上的地块编码（疑似污染地块或污染地块）' })
  site?: string | null;

  @Field(() => JsonObject, { nullable: true, description: '宗地界址：GeoJSON Polygon 或 MultiPolygon（WGS-84/CGCS2000 经纬度）' })
  boundary?: Record<string, unknown> | null;

  @Field(() => Float, { nullable: true, description: '中心点经度；缺省取界址外包矩形的中心' })
  longitude?: number | null;

  @Field(() => Float, { nullable: true, description: '中心点纬度' })
  latitude?: number | null;
}

@Resolver()
export class LandParcelSubmissionResolver {
  @Mutation(() => SubmissionResult, {
    description: '登记或修改宗地（国土资源部门；县级人民政府限本县）：按宗地代码，已有则修改；界址为 GeoJSON，宗地内的监测点位由平台按界址判定',
  })
  async saveLandParcel(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('parcel', () => LandParcelInput, { description: '宗地' }) p: LandParcelInput,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const code = p.parcelCode.trim();
    if (!code) throw badInput('parcel.parcelCode', '宗地代码不能为空');
    if (!(p.areaM2 > 0)) throw badInput('parcel.areaM2', '面积应为正数');
    const currentUse = parseLandUseClass(p.currentUse, 'parcel.currentUse');
    const boundary = p.boundary ? parsePolygonal(p.boundary, 'parcel.boundary') : null;
    const box = boundary ? boundsOf(boundary) : null;
    const longitude = p.longitude ?? (box ? Number(((box.minLon + box.maxLon) / 2).toFixed(6)) : null);
    const latitude = p.latitude ?? (box ? Number(((box.minLat + box.maxLat) / 2).toFixed(6)) : null);
    if ((longitude === null) !== (latitude === null) || (longitude !== null && !withinLangfang(longitude, latitude!))) {
      throw badInput('parcel.longitude', '中心点经纬度应同时给出，且在廊坊市范围内（WGS-84/CGCS2000）');
    }
    const countyId = await countyIdOf(ctx, p.county, 'parcel.county');
    const farmlandUnitId = await idOfCode(ctx, 'farmland_unit', p.farmlandUnit, 'parcel.farmlandUnit', '耕地单元');
    const siteId = await idOfCode(ctx, 'contaminated_site', p.site, 'parcel.site', '地块');
    const fields = {
      county: { column: 'county_id', value: countyId, cast: 'int' },
      areaM2: { column: 'area_m2', value: p.areaM2, cast: 'numeric' },
      currentUse: { column: 'current_use', value: currentUse, cast: 'text' },
      useRightHolder: { column: 'use_right_holder', value: p.useRightHolder?.trim() || null, cast: 'text' },
      permanentBasicFarmland: { column: 'permanent_basic_farmland', value: p.permanentBasicFarmland, cast: 'boolean' },
      listedIndustry: { column: 'listed_industry', value: p.listedIndustry ?? null, cast: 'listed_industry' },
      farmlandUnit: { column: 'farmland_unit_id', value: farmlandUnitId, cast: 'int', fed: false as const },
      site: { column: 'site_id', value: siteId, cast: 'int', fed: false as const },
      boundary: { column: 'boundary', value: boundary, cast: 'jsonb' },
      longitude: { column: 'longitude', value: longitude, cast: 'numeric', fed: false as const },
      latitude: { column: 'latitude', value: latitude, cast: 'numeric', fed: false as const },
    };
    return saveByCode(ctx, {
      operation: 'saveLandParcel',
      idempotencyKey,
      typeName: 'LandParcel',
      table: 'land_parcel',
      codeColumn: 'parcel_code',
      codeItem: 'parcelCode',
      code,
      countyId,
      fields: p.status ? { ...fields, status: { column: 'status', value: p.status, cast: 'parcel_status' } } : fields,
      onInsert: p.status ? {} : { status: { column: 'status', value: ParcelStatus.RESERVE, cast: 'parcel_status' } },
      alsoFed: { site: p.site ?? null, geometry: longitude === null ? null : { type: 'Point', coordinates: [longitude, latitude] } },
    });
  }
}
