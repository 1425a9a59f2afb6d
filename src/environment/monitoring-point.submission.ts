import { Arg, Ctx, Field, Float, InputType, Mutation, Resolver } from 'type-graphql';
import { chinaDate } from '../common/china-date';
import { withinLangfang } from '../common/geojson-polygon';
import { LocalDate } from '../common/local-date.scalar';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { countyIdOf } from '../reference/county-key';
import { idOfCode, saveByCode } from '../submission/save-record';
import { MonitoringPointType } from './monitoring-point-type.enum';
import { SubmissionResult } from './soil-sample.submission';

@InputType('MonitoringPointInput', { description: '监测点位（按编码登记或修改）' })
class MonitoringPointInput {
  @Field({ description: '点位编码（全市唯一；已有则修改）' })
  code!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => MonitoringPointType, { description: '点位类型' })
  pointType!: MonitoringPointType;

  @Field({ description: '县级行政区名称或代码' })
  county!: string;

  @Field(() => Float, { description: '经度（WGS-84/CGCS2000，不是 GCJ-02）' })
  longitude!: number;

  @Field(() => Float, { description: '纬度（WGS-84/CGCS2000）' })
  latitude!: number;

  @Field(() => String, { nullable: true, description: '土地利用类型' })
  landUse?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '设立日期（不得晚于今天）' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: '所在耕地单元编码（农用地点位）' })
  farmlandUnit?: string | null;

  @Field(() => String, { nullable: true, description: '所属地块编码（地块调查点位）' })
  site?: string | null;
}

@Resolver()
export class MonitoringPointSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '登记或修改监测点位（环保部门；县级人民政府限本县）：按编码，已有则修改，变更前后都进入变更记录' })
  async saveMonitoringPoint(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('point', () => MonitoringPointInput, { description: '点位' }) p: MonitoringPointInput,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const code = p.code.trim();
    if (!code) throw badInput('point.code', '点位编码不能为空');
    if (!p.name.trim()) throw badInput('point.name', '名称不能为空');
    if (!withinLangfang(p.longitude, p.latitude))
      throw badInput('point.longitude', `坐标 [${p.longitude}, ${p.latitude}] 不在廊坊市范围内（应为 WGS-84/CGCS2000 经纬度，不是 GCJ-02）`);
    if (p.establishedOn && p.establishedOn > chinaDate(ctx.access.now)) throw badInput('point.establishedOn', '设立日期不得晚于今天');
    const countyId = await countyIdOf(ctx, p.county, 'point.county');
    const farmlandUnitId = await idOfCode(ctx, 'farmland_unit', p.farmlandUnit, 'point.farmlandUnit', '耕地单元');
    const siteId = await idOfCode(ctx, 'contaminated_site', p.site, 'point.site', '地块');
    return saveByCode(ctx, {
      operation: 'saveMonitoringPoint',
      idempotencyKey,
      typeName: 'MonitoringPoint',
      table: 'monitoring_point',
      codeColumn: 'code',
      code,
      countyId,
      fields: {
        name: { column: 'name', value: p.name.trim(), cast: 'text' },
        pointType: { column: 'point_type', value: p.pointType, cast: 'monitoring_point_type' },
        county: { column: 'county_id', value: countyId, cast: 'int' },
        longitude: { column: 'longitude', value: p.longitude, cast: 'numeric' },
        latitude: { column: 'latitude', value: p.latitude, cast: 'numeric' },
        landUse: { column: 'land_use', value: p.landUse?.trim() || null, cast: 'text' },
        establishedOn: { column: 'established_on', value: p.establishedOn ?? null, cast: 'date' },
        farmlandUnit: { column: 'farmland_unit_id', value: farmlandUnitId, cast: 'int', fed: false },
        site: { column: 'site_id', value: siteId, cast: 'int', fed: false },
      },
      alsoFed: { farmlandUnit: p.farmlandUnit ?? null, site: p.site ?? null },
    });
  }
}
