import { LocalDate } from '../common/local-date.scalar';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GeoJsonPoint } from '../common/geo-point.type';
import { RecordSource } from '../common/record-source.enum';
import { MonitoringPointType } from './monitoring-point-type.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('MonitoringPoint', { description: '土壤环境监测点位（方案第（七）条）' })
export class MonitoringPoint {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '点位编码' })
  code!: string;

  @Field({ nullable: true, description: '点位名称' })
  name!: string;

  @Field(() => MonitoringPointType, { nullable: true, description: '点位类型' })
  pointType!: MonitoringPointType;

  @Field(() => Float, { nullable: true, description: '经度（WGS-84/CGCS2000，度）' })
  longitude!: number;

  @Field(() => Float, { nullable: true, description: '纬度（WGS-84/CGCS2000，度）' })
  latitude!: number;

  @Field(() => GeoJsonPoint, { nullable: true, description: '位置（GeoJSON）' })
  get geometry(): GeoJsonPoint {
    return GeoJsonPoint.of(this.longitude, this.latitude)!;
  }

  @Field(() => String, { nullable: true, description: '点位土地利用类型' })
  landUse!: string | null;

  @Field(() => LocalDate, { nullable: true, description: '布设日期' })
  establishedOn!: string | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  farmlandUnitId!: number | null;
  siteId!: number | null;
}

export const toPoint = toNode(MonitoringPoint);
