import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';

@ObjectType('FarmlandItemResult', { description: '一个监测项目与 GB 15618-2018 筛选值、管制值的比较' })
export class FarmlandItemResult {
  @Field(() => String, { nullable: true, description: '监测项目编码（Cd、Hg、As、Pb、Cr、Cu、Ni、Zn、HCH_total、DDT_total、BaP）' })
  analyte!: string;

  @Field(() => String, { nullable: true, description: '监测项目名称' })
  analyteName!: string;

  @Field(() => String, { nullable: true, description: '样品编码' })
  sampleCode!: string;

  @Field(() => LocalDate, { nullable: true, description: '采样日期' })
  sampledOn!: string;

  @Field(() => Float, { nullable: true, description: '样品 pH（未测为空，取最严分档）' })
  ph!: number | null;

  @Field(() => Float, { nullable: true, description: '测定值（mg/kg）；未检出时为检出限' })
  value!: number;

  @Field({ nullable: true, description: '是否未检出' })
  belowDetection!: boolean;

  @Field(() => Float, { nullable: true, description: '风险筛选值（mg/kg）' })
  screeningValue!: number;

  @Field(() => String, { nullable: true, description: '筛选值出处：GB 15618-2018 的表和取值列（用地类型、pH 分档）' })
  screeningSource!: string;

  @Field(() => Float, { nullable: true, description: '风险管制值（mg/kg）；该项目无管制值为空' })
  interventionValue!: number | null;

  @Field(() => String, { nullable: true, description: '管制值出处（GB 15618-2018 表3 的 pH 分档）' })
  interventionSource!: string | null;

  @Field(() => Float, { nullable: true, description: '测定值与筛选值之比' })
  ratioToScreening!: number;

  @Field(() => Float, { nullable: true, description: '测定值与管制值之比' })
  ratioToIntervention!: number | null;

  @Field({ nullable: true, description: '是否超过筛选值（等于筛选值不算超过）' })
  exceedsScreening!: boolean;

  @Field({ nullable: true, description: '是否超过管制值（等于管制值不算超过）' })
  exceedsIntervention!: boolean;

  @Field(() => String, { nullable: true, description: '文字说明：项目、测定值、限值、标准表号和倍数，可直接写入审批材料' })
  explanation!: string;
}
