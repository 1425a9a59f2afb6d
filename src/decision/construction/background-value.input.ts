import { Field, Float, InputType } from 'type-graphql';

@InputType('BackgroundValueInput', { description: '地块所在区域的土壤环境背景值（仅砷 As、钴 Co、钒 V 适用）' })
export class BackgroundValueInput {
  @Field({ description: '监测项目编码：As、Co 或 V' })
  analyte!: string;

  @Field(() => Float, { description: '背景值（mg/kg）' })
  value!: number;
}
