import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';

export enum PushStatus {
  ACTIVE = 'active',
  PAUSED = 'paused',
  DEAD = 'dead',
}

registerEnumType(PushStatus, {
  name: 'PushStatus',
  description: '推送订阅的状态',
  valuesConfig: {
    ACTIVE: { description: '推送中' },
    PAUSED: { description: '已由管理员暂停' },
    DEAD: { description: '连续送达失败次数达到上限，已停止（死信）：排除接收端故障后恢复，从最后确认的位置续推' },
  },
});

@ObjectType('PushDelivery', { description: '一次推送尝试：一批变更事件及结果' })
export class PushDelivery {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => ID, { description: '这一批之前最后确认的事件游标' })
  fromCursor!: string;

  @Field(() => ID, { description: '这一批最后一个事件的游标' })
  toCursor!: string;

  @Field(() => Int, { description: '事件数' })
  events!: number;

  @Field(() => DateTime, { description: '尝试时间' })
  attemptedAt!: Date;

  @Field({ description: '结果：delivered（接收端确认）或 failed' })
  outcome!: string;

  @Field(() => Int, { nullable: true, description: '接收端的 HTTP 状态码' })
  httpStatus!: number | null;

  @Field(() => String, { nullable: true, description: '失败原因' })
  error!: string | null;

  @Field(() => Int, { description: '耗时（毫秒）' })
  durationMs!: number;
}

@ObjectType('PushSubscriber', { description: '推送订阅：平台把已提交的变更按序、签名推送给接收端（方案第（八）条：实时共享）' })
export class PushSubscriber {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '接收端地址（HTTPS）' })
  endpoint!: string;

  @Field({ description: '按哪个部门的权限推送（部门编码）：推送的内容与该部门读取变更流所得相同' })
  department!: string;

  @Field(() => String, { nullable: true, description: '读取时声明的用途（用于按用途授权的信息项）' })
  purpose!: string | null;

  @Field(() => [String], { description: '推送的资源（GraphQL 类型名）；为空表示该部门可读的全部资源' })
  resources!: string[];

  @Field(() => PushStatus, { description: '状态' })
  status!: PushStatus;

  @Field(() => ID, { description: '接收端最后确认的事件游标：续推从其后开始' })
  ackedCursor!: string;

  @Field(() => Int, { description: '连续失败次数' })
  consecutiveFailures!: number;

  @Field(() => DateTime, { nullable: true, description: '下次重试时间（失败后按指数退避）' })
  nextAttemptAt!: Date | null;

  @Field(() => String, { nullable: true, description: '最近一次失败的原因' })
  lastError!: string | null;

  @Field(() => DateTime, { nullable: true, description: '最近一次送达时间' })
  lastDeliveredAt!: Date | null;

  @Field(() => DateTime, { description: '登记时间' })
  createdAt!: Date;
}

@ObjectType('PushRegistration', { description: '登记结果：签名密钥只在此时显示一次' })
export class PushRegistration {
  @Field(() => PushSubscriber, { description: '订阅' })
  subscriber!: PushSubscriber;

  @Field({ description: 'HMAC-SHA256 签名密钥：接收端用它校验 X-Soilhub-Signature（t=<秒>,v1=<HMAC(t.请求体)>）' })
  secret!: string;
}
