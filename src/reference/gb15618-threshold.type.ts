import { Field, Float, ID, ObjectType } from 'type-graphql';
import { PhBand } from './ph-band.enum';

@ObjectType('FarmlandThreshold', { description: 'GB 15618-2018 农用地土壤污染风险筛选值或管制值（mg/kg）' })
export class FarmlandThreshold {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '类型：screening 风险筛选值，intervention 风险管制值' })
  kind!: string;

  @Field(() => String, { nullable: true, description: '用地类型列：paddy 水田、other 其他、orchard 果园、all 不分；表2项目为空' })
  landType!: string | null;

  @Field(() => PhBand, { nullable: true, description: 'pH 分档；表2项目不分档，为空' })
  phBand!: PhBand | null;

  @Field(() => Float, { nullable: true, description: '限值（mg/kg），与标准文本一致' })
  value!: number;

  analyteId!: number;
}
