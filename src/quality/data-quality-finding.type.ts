import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import { FindingVerdict } from './finding-verdict.enum';

@ObjectType('DataQualityFinding', { description: '数据质量疑点：对方案原始数据和各部门报送数据的检查结果及提供部门的答复' })
export class DataQualityFinding {
  @Field({ nullable: true, description: '疑点标识（检查和记录不变则不变）' })
  key!: string;

  @Field({ nullable: true, description: '检查项' })
  check!: string;

  @Field({ nullable: true, description: '涉及的资源（GraphQL 类型）：由其提供部门答复' })
  resource!: string;

  @Field(() => [String], { nullable: true, description: '涉及的记录' })
  records!: string[];

  @Field({ nullable: true, description: '疑点说明' })
  message!: string;

  @Field({ nullable: true, description: '核对用的查询' })
  evidence!: string;

  @Field(() => FindingVerdict, { nullable: true, description: '提供部门的答复；未答复为空' })
  verdict!: FindingVerdict | null;

  @Field(() => String, { nullable: true, description: '答复说明' })
  reviewNote!: string | null;

  @Field(() => DateTime, { nullable: true, description: '答复时间' })
  reviewedAt!: Date | null;
}
