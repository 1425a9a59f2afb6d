import { Field, ID, ObjectType } from 'type-graphql';
import { AnalyteCategory } from './analyte-category.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('Analyte', { description: '监测项目（GB 15618-2018 与 GB 36600-2018 的污染物项目）' })
export class Analyte {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '编码：元素符号（Cd、Cr6 表示六价铬）、总量名称（DDT_total）或 CAS 号' })
  code!: string;

  @Field({ nullable: true, description: '中文名称' })
  name!: string;

  @Field(() => String, { nullable: true, description: '元素符号' })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: 'CAS 号' })
  cas!: string | null;

  @Field({ nullable: true, description: '单位（土壤为 mg/kg 干重）' })
  unit!: string;

  @Field(() => AnalyteCategory, { nullable: true, description: '类别' })
  category!: AnalyteCategory;
}

export const toAnalyte = toNode(Analyte);
