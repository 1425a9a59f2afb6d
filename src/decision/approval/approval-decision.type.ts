import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';
import { LocalDate } from '../../common/local-date.scalar';
import { CheckVerdict } from '../construction/check-verdict.enum';
import { ApprovalReason } from './approval-reason.type';
import { ApprovalType } from './approval-type.enum';

@ObjectType('ApprovalDecision', { description: '用地审批把关结论（方案第（十九）至（二十一）条）：每次调用及其结论都有记录' })
export class ApprovalDecision {
  @Field(() => ID, { description: '记录标识' })
  id!: string;

  @Field(() => DateTime, { nullable: true, description: '把关时间' })
  checkedAt!: Date;

  @Field(() => ApprovalType, { nullable: true, description: '审批类型' })
  approvalType!: ApprovalType;

  @Field(() => String, { nullable: true, description: '所依据的规划用途（GB 50137 代码）；未知为空' })
  plannedUse!: string | null;

  @Field(() => Int, { nullable: true, description: '用地类别：1 第一类用地，2 第二类用地' })
  landClass!: number;

  @Field(() => CheckVerdict, { nullable: true, description: 'GB 36600-2018 筛查结论' })
  checkVerdict!: CheckVerdict;

  @Field({ nullable: true, description: '是否可以办理：没有阻止理由' })
  allowed!: boolean;

  @Field(() => LocalDate, { nullable: true, description: '所依据数据的截止日期：样品、调查评估报告、名录变更和规划用途中最新的日期' })
  dataAsOf!: string | null;

  @Field(() => String, { nullable: true, description: '所依据的污染地块名录版本（名录最近一次变更的序号）' })
  registerVersion!: string | null;

  @Field(() => [ApprovalReason], { nullable: true, description: '理由：阻止审批的理由在前' })
  reasons!: ApprovalReason[];

  departmentId!: number;
  parcelId!: number;
  countyId!: number;
}
