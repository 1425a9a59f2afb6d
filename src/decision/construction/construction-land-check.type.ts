import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import { LandParcel } from '../../land/land-parcel.type';
import { CheckVerdict } from './check-verdict.enum';
import { ConstructionItemResult } from './construction-item-result.type';

@ObjectType('ConstructionLandCheck', { description: '建设用地土壤污染风险筛查（GB 36600-2018）：地块的监测值与规划用途所属用地类别的筛选值、管制值比较' })
export class ConstructionLandCheck {
  @Field(() => LandParcel, { nullable: true, description: '宗地' })
  parcel!: LandParcel;

  @Field(() => String, { nullable: true, description: '所依据的规划用途（GB 50137 代码）；未知为空' })
  plannedUse!: string | null;

  @Field(() => Int, { nullable: true, description: '用地类别：1 第一类用地，2 第二类用地' })
  landClass!: number;

  @Field(() => String, { nullable: true, description: '用地类别的判定依据' })
  landClassBasis!: string;

  @Field(() => CheckVerdict, { nullable: true, description: '筛查结论' })
  verdict!: CheckVerdict;

  @Field(() => Int, { nullable: true, description: '计入的样品数（地块上点位的样品；效果评估之后只计其后的样品）' })
  samples!: number;

  @Field(() => [ConstructionItemResult], { nullable: true, description: '标准中有限值的全部已测项目' })
  items!: ConstructionItemResult[];

  @Field(() => [ConstructionItemResult], { nullable: true, description: '决定结论的项目' })
  decidingItems!: ConstructionItemResult[];

  @Field(() => String, { nullable: true, description: '结论的文字说明' })
  explanation!: string;

  @Field(() => LocalDate, { nullable: true, description: '所依据数据的截止日期：计入的最新样品的采样日期' })
  dataAsOf!: string | null;

  countyId!: number;
}
