import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';
import { LocalDate } from '../../common/local-date.scalar';
import { RequestStatus } from './request-status.enum';

@ObjectType('AccessRequestEvent', { description: '共享申请的一次状态变化' })
export class AccessRequestEvent {
  @Field({ description: '事件：submitted 提交、approved 批准、rejected 驳回、withdrawn 撤回、revoked 撤销授权' })
  event!: string;

  @Field(() => DateTime, { description: '时间' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '说明' })
  note!: string | null;

  actorId!: number;
}

@ObjectType('AccessGrant', { description: '授权：批准的共享申请允许使用的信息项、期限和范围' })
export class AccessGrant {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => [String], { description: '授权的信息项' })
  items!: string[];

  @Field({ description: '用途' })
  purpose!: string;

  @Field(() => DateTime, { description: '生效时间' })
  validFrom!: Date;

  @Field(() => DateTime, { description: '失效时间' })
  validTo!: Date;

  @Field(() => DateTime, { nullable: true, description: '撤销时间' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '撤销原因' })
  revokeReason!: string | null;

  @Field({ description: '现在是否有效' })
  active!: boolean;

  consumerId!: number;
  resourceId!: number;
  countyScope!: number[] | null;
  requestId!: number;
}

@ObjectType('AccessRequest', { description: '共享申请（有条件共享）' })
export class AccessRequest {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => [String], { description: '申请的信息项' })
  items!: string[];

  @Field({ description: '用途' })
  purpose!: string;

  @Field({ description: '依据' })
  legalBasis!: string;

  @Field(() => LocalDate, { description: '申请使用期限起' })
  periodFrom!: string;

  @Field(() => LocalDate, { description: '申请使用期限止' })
  periodTo!: string;

  @Field(() => RequestStatus, { description: '状态' })
  status!: RequestStatus;

  @Field(() => DateTime, { description: '提交时间' })
  submittedAt!: Date;

  @Field(() => LocalDate, { description: '答复期限（提交后 10 个工作日）' })
  dueOn!: string;

  @Field({ description: '是否已超过答复期限仍未答复' })
  overdue!: boolean;

  @Field(() => DateTime, { nullable: true, description: '答复时间' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '答复理由（不予批准时必填）' })
  decisionReason!: string | null;

  consumerId!: number;
  resourceId!: number;
}
