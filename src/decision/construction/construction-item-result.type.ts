import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';

@ObjectType('ConstructionItemResult', { description: '一个监测项目（地块各样品中的最高值）与 GB 36600-2018 筛选值、管制值的比较' })
export class ConstructionItemResult {
  @Field(() => String, { nullable: true, description: '监测项目编码' })
  analyte!: string;

  @Field(() => String, { nullable: true, description: '项目名称（与标准文本一致）' })
  itemName!: string;

  @Field(() => String, { nullable: true, description: '标准表号和序号，如“表1 第1项”' })
  standardItem!: string;

  @Field(() => Float, { nullable: true, description: '各样品中的最高测定值（mg/kg）；全部未检出时为最高检出限' })
  value!: number;

  @Field({ nullable: true, description: '最高值是否为未检出' })
  belowDetection!: boolean;

  @Field(() => String, { nullable: true, description: '最高值所在样品编码' })
  sampleCode!: string;

  @Field(() => LocalDate, { nullable: true, description: '最高值所在样品的采样日期' })
  sampledOn!: string;

  @Field(() => Int, { nullable: true, description: '该项目的样品数' })
  samples!: number;

  @Field(() => Float, { nullable: true, description: '所属用地类别的筛选值（mg/kg）' })
  screeningValue!: number;

  @Field(() => Float, { nullable: true, description: '所属用地类别的管制值（mg/kg）' })
  interventionValue!: number;

  @Field(() => Float, { nullable: true, description: '适用的背景值（仅砷、钴、钒；环保部门维护的全市或本县的值）' })
  backgroundValue!: number | null;

  @Field(() => String, { nullable: true, description: '背景值的来源和依据' })
  backgroundBasis!: string | null;

  @Field({ nullable: true, description: '是否超过筛选值（等于不算超过）' })
  exceedsScreening!: boolean;

  @Field({ nullable: true, description: '是否超过管制值（等于不算超过）' })
  exceedsIntervention!: boolean;

  @Field({ nullable: true, description: '超过筛选值但不超过背景值，不计为超标' })
  withinBackground!: boolean;

  @Field(() => String, { nullable: true, description: '文字说明：项目、最高值及样品、限值、标准表号和倍数' })
  explanation!: string;
}
