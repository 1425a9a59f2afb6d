import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import { SoilQualityClass } from '../../agriculture/soil-quality-class.enum';
import { FarmlandUnit } from '../../agriculture/farmland-unit.type';
import { FarmlandClassChange } from './farmland-class-change.type';
import { FarmlandItemResult } from './farmland-item-result.type';

@ObjectType('FarmlandAssessment', {
  description: '耕地单元土壤环境质量类别评价（GB 15618-2018）：按各点位截至评价日的最新表层样品，逐项比较筛选值和管制值',
})
export class FarmlandAssessment {
  @Field(() => FarmlandUnit, { nullable: true, description: '耕地单元' })
  unit!: FarmlandUnit;

  @Field(() => LocalDate, { nullable: true, description: '评价日：计入此日及之前采集的样品' })
  asOf!: string;

  @Field(() => SoilQualityClass, { nullable: true, description: '评价类别；没有表层样品时为空' })
  qualityClass!: SoilQualityClass | null;

  @Field(() => Int, { nullable: true, description: '计入的样品数（每个点位取最新一次）' })
  samples!: number;

  @Field(() => [FarmlandItemResult], { nullable: true, description: '计入样品的全部项目比较' })
  items!: FarmlandItemResult[];

  @Field(() => [FarmlandItemResult], {
    nullable: true,
    description: '决定类别的项目：严格管控类为超管制值的项目，安全利用类为超筛选值的项目，优先保护类为最接近筛选值的项目',
  })
  decidingItems!: FarmlandItemResult[];

  @Field(() => String, { nullable: true, description: '评价结论的文字说明' })
  explanation!: string;

  @Field(() => SoilQualityClass, { nullable: true, description: '已划定的类别（农业部门的决定）' })
  recordedClass!: SoilQualityClass | null;

  @Field(() => Boolean, { nullable: true, description: '评价类别与已划定类别是否一致；任一为空时为空' })
  agreesWithRecorded!: boolean | null;

  @Field(() => Int, { nullable: true, description: '农产品协同监测样品数' })
  cropSamples!: number;

  @Field(() => Int, { nullable: true, description: '其中超过食品污染物限量的样品数' })
  cropSamplesOverLimit!: number;

  @Field(() => String, { nullable: true, description: '农产品协同监测信号（单独给出，不改变按土壤评价的类别）' })
  cropSignal!: string | null;

  @Field(() => [FarmlandClassChange], { nullable: true, description: '评价历史：每个采样日期之后的类别' })
  history!: FarmlandClassChange[];

  @Field(() => String, { nullable: true, description: '评价依据' })
  basis!: string;

  countyId!: number;
}
