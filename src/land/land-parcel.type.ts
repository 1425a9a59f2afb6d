import { ListedIndustry } from './listed-industry.enum';
import { JsonObject } from '../common/json-object.scalar';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GeoJsonPoint } from '../common/geo-point.type';
import { RecordSource } from '../common/record-source.enum';
import { ParcelStatus } from './parcel-status.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('LandParcel', { description: '宗地（国土资源部门）' })
export class LandParcel {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '宗地代码' })
  parcelCode!: string;

  @Field(() => Float, { nullable: true, description: '面积（m²）' })
  areaM2!: number;

  @Field({ nullable: true, description: '现状用途' })
  currentUse!: string;

  @Field(() => String, { nullable: true, description: '土地使用权人' })
  useRightHolder!: string | null;

  @Field(() => ParcelStatus, { nullable: true, description: '供应状态' })
  status!: ParcelStatus;

  @Field({ nullable: true, description: '是否永久基本农田' })
  permanentBasicFarmland!: boolean;

  @Field(() => ListedIndustry, { nullable: true, description: '方案第（十七）条所列行业企业或公用设施用地（与现状用途名称无关）' })
  listedIndustry!: ListedIndustry | null;

  farmlandUnitId!: number | null;

  @Field(() => JsonObject, { nullable: true, description: '宗地界址（GeoJSON Polygon 或 MultiPolygon，WGS-84/CGCS2000）' })
  boundary!: Record<string, unknown> | null;

  @Field(() => GeoJsonPoint, { nullable: true, description: '宗地中心点（GeoJSON）' })
  get geometry(): GeoJsonPoint | null {
    return GeoJsonPoint.of(this.longitude, this.latitude);
  }

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  siteId!: number | null;
  longitude!: number | null;
  latitude!: number | null;
}

export const toParcel = toNode(LandParcel);
