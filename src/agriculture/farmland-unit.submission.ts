import { Arg, Ctx, Field, Float, InputType, Mutation, Resolver } from 'type-graphql';
import { withinLangfang } from '../common/geojson-polygon';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { countyIdOf } from '../reference/county-key';
import { saveByCode } from '../submission/save-record';
import { FarmlandType } from './farmland-type.enum';

@InputType('FarmlandUnitInput', { description: '耕地单元（按编码登记或修改；类别由 decideFarmlandClass 划定）' })
class FarmlandUnitInput {
  @Field({ description: '单元编码（全市唯一；已有则修改）' })
  code!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '县级行政区名称或代码' })
  county!: string;

  @Field(() => Float, { description: '面积（亩，正数）' })
  areaMu!: number;

  @Field(() => FarmlandType, { description: '耕地类型' })
  landType!: FarmlandType;

  @Field(() => String, { nullable: true, description: '主要作物' })
  crop?: string | null;

  @Field({ description: '是否永久基本农田' })
  permanentBasicFarmland!: boolean;

  @Field(() => Float, { nullable: true, description: '中心点经度（WGS-84/CGCS2000）' })
  longitude?: number | null;

  @Field(() => Float, { nullable: true, description: '中心点纬度（WGS-84/CGCS2000）' })
  latitude?: number | null;
}

@Resolver()
export class FarmlandUnitSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '登记或修改耕地单元（农业部门；县级人民政府限本县）：按编码，已有则修改；变更前后都进入变更记录' })
  async saveFarmlandUnit(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('unit', () => FarmlandUnitInput, { description: '耕地单元' }) u: FarmlandUnitInput,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const code = u.code.trim();
    if (!code) throw badInput('unit.code', '单元编码不能为空');
    if (!u.name.trim()) throw badInput('unit.name', '名称不能为空');
    if (!(u.areaMu > 0)) throw badInput('unit.areaMu', '面积应为正数');
    const located = u.longitude != null || u.latitude != null;
    if (located && (u.longitude == null || u.latitude == null || !withinLangfang(u.longitude, u.latitude))) {
      throw badInput('unit.longitude', '经纬度应同时给出，且在廊坊市范围内（WGS-84/CGCS2000）');
    }
    const countyId = await countyIdOf(ctx, u.county, 'unit.county');
    return saveByCode(ctx, {
      operation: 'saveFarmlandUnit',
      idempotencyKey,
      typeName: 'FarmlandUnit',
      table: 'farmland_unit',
      codeColumn: 'code',
      code,
      countyId,
      fields: {
        name: { column: 'name', value: u.name.trim(), cast: 'text' },
        county: { column: 'county_id', value: countyId, cast: 'int' },
        areaMu: { column: 'area_mu', value: u.areaMu, cast: 'numeric' },
        landType: { column: 'land_type', value: u.landType, cast: 'farmland_type' },
        crop: { column: 'crop', value: u.crop?.trim() || null, cast: 'text' },
        permanentBasicFarmland: { column: 'permanent_basic_farmland', value: u.permanentBasicFarmland, cast: 'boolean' },
        longitude: { column: 'longitude', value: u.longitude ?? null, cast: 'numeric', fed: false },
        latitude: { column: 'latitude', value: u.latitude ?? null, cast: 'numeric', fed: false },
      },
      alsoFed: { geometry: located ? { type: 'Point', coordinates: [u.longitude, u.latitude] } : null },
    });
  }
}
