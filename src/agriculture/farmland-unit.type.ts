import { LocalDate } from '../common/local-date.scalar';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GeoJsonPoint } from '../common/geo-point.type';
import { RecordSource } from '../common/record-source.enum';
import { FarmlandType } from './farmland-type.enum';
import { SoilQualityClass } from './soil-quality-class.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('FarmlandUnit', { description: '耕地单元及其土壤环境质量类别（方案第（十二）条）' })
export class FarmlandUnit {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '单元编码' })
  code!: string;

  @Field({ nullable: true, description: '单元名称' })
  name!: string;

  @Field(() => Float, { nullable: true, description: '面积（亩）' })
  areaMu!: number;

  @Field(() => FarmlandType, { nullable: true, description: '农用地类型' })
  landType!: FarmlandType;

  @Field(() => String, { nullable: true, description: '主要作物' })
  crop!: string | null;

  @Field(() => SoilQualityClass, { nullable: true, description: '土壤环境质量类别（未划定为空）' })
  qualityClass!: SoilQualityClass | null;

  @Field(() => LocalDate, { nullable: true, description: '类别划定日期' })
  classifiedOn!: string | null;

  @Field(() => String, { nullable: true, description: '划定依据' })
  classBasis!: string | null;

  @Field({ nullable: true, description: '是否永久基本农田' })
  permanentBasicFarmland!: boolean;

  @Field(() => GeoJsonPoint, { nullable: true, description: '单元中心点（GeoJSON）' })
  get geometry(): GeoJsonPoint | null {
    return GeoJsonPoint.of(this.longitude, this.latitude);
  }

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  longitude!: number | null;
  latitude!: number | null;
}

export const toFarmlandUnit = toNode(FarmlandUnit);
