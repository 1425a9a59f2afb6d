import { Field, ObjectType } from 'type-graphql';
import { ApprovalReasonCode } from './approval-reason-code.enum';

export interface ApprovalReasonValue {
  code: ApprovalReasonCode;
  blocking: boolean;
  message: string;
  basis: string;
}

@ObjectType('ApprovalReason', { description: '审批把关的一条理由：阻止审批的，或供审批材料引用的说明' })
export class ApprovalReason implements ApprovalReasonValue {
  @Field(() => ApprovalReasonCode, { nullable: true, description: '理由类别' })
  code!: ApprovalReasonCode;

  @Field({ nullable: true, description: '是否阻止审批' })
  blocking!: boolean;

  @Field(() => String, { nullable: true, description: '理由（可直接写入审批材料）' })
  message!: string;

  @Field(() => String, { nullable: true, description: '依据：方案条款或标准表号' })
  basis!: string;
}
