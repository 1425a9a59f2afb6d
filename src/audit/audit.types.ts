import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import { JsonObject } from '../common/json-object.scalar';
import { LocalDate } from '../common/local-date.scalar';
import { Connection } from '../graphql/pagination/connection.type';

@ObjectType('AuditDenial', { description: '审计记录中被拒绝的信息项' })
export class AuditDenial {
  @Field({ description: 'GraphQL 类型' })
  type!: string;

  @Field({ description: '信息项' })
  field!: string;

  @Field({ description: '原因' })
  reason!: string;

  @Field(() => Int, { description: '次数' })
  count!: number;
}

@ObjectType('AuditRecord', { description: '审计记录：谁在何时以何用途读取了哪些信息项（只增不改，哈希链防篡改）' })
export class AuditRecord {
  @Field(() => ID, { description: '序号' })
  id!: string;

  @Field(() => DateTime, { description: '时间' })
  at!: Date;

  @Field({ description: '类别：query 查询、mutation 变更、key 密钥、invalid 无效请求、chain_open 新审计链的开头' })
  kind!: string;

  @Field(() => String, { nullable: true, description: '请求编号（X-Request-Id）' })
  requestId!: string | null;

  @Field(() => Int, { nullable: true, description: '使用的密钥编号' })
  keyId!: number | null;

  @Field(() => String, { nullable: true, description: '操作名' })
  operationName!: string | null;

  @Field(() => String, { nullable: true, description: '操作文本的 SHA-256' })
  operationHash!: string | null;

  @Field(() => String, { nullable: true, description: '声明的用途（X-Purpose）' })
  purpose!: string | null;

  @Field(() => JsonObject, { description: '提供的数据：类型 → { rows 行数, items 各信息项的值个数 }' })
  released!: Record<string, unknown>;

  @Field(() => [AuditDenial], { description: '被拒绝的信息项' })
  denied!: AuditDenial[];

  @Field(() => [Int], { description: '使用的授权编号' })
  grantsUsed!: number[];

  @Field({ description: '结果：ok、partial（部分字段被拒）、refused' })
  outcome!: string;

  @Field(() => Int, { nullable: true, description: '耗时（毫秒）' })
  durationMs!: number | null;

  @Field(() => JsonObject, { description: '变更内容（目录、授权、密钥）' })
  detail!: Record<string, unknown>;

  @Field({ description: '本记录的哈希' })
  hash!: string;

  principalId!: number | null;
}

export const AuditRecordConnection = Connection(AuditRecord, 'AuditRecord', '审计记录');
export type AuditRecordConnection = InstanceType<typeof AuditRecordConnection>;

@ObjectType('AuditDaySummary', { description: '按日、使用部门、资源汇总的访问情况' })
export class AuditDaySummary {
  @Field(() => LocalDate, { description: '日期（北京时间）' })
  day!: string;

  @Field({ description: '资源（GraphQL 类型）' })
  resource!: string;

  @Field(() => Int, { description: '请求数' })
  requests!: number;

  @Field(() => Int, { description: '提供的行数合计' })
  rows!: number;

  consumerId!: number;
}

@ObjectType('AuditVerification', { description: '审计哈希链校验结果' })
export class AuditVerification {
  @Field({ description: '链是否完整' })
  ok!: boolean;

  @Field(() => Int, { description: '已校验的记录数' })
  checked!: number;

  @Field(() => String, { nullable: true, description: '第一条不符的记录序号' })
  firstBrokenId!: string | null;

  @Field(() => String, { nullable: true, description: '问题说明' })
  problem!: string | null;

  @Field(() => Int, { description: '已校验的链数（每个中枢实例写自己的一条链）' })
  chains!: number;

  @Field(() => Int, { description: '与链对照的检查点数（检查点记在数据库之外，防止删除最新记录或重算整条链）' })
  checkpoints!: number;

  @Field(() => DateTime, { nullable: true, description: '最近一个检查点的时间' })
  lastCheckpointAt!: Date | null;
}
