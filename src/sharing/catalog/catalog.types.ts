import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';
import { JsonObject } from '../../common/json-object.scalar';
import { LocalDate } from '../../common/local-date.scalar';
import { DisclosureTier } from '../disclosure-tier.enum';
import { AccessStatus } from '../grants/access-status.enum';
import { DenialReason } from '../policy/denial-reason.enum';
import { SharingType } from '../sharing-type.enum';

@ObjectType('ItemAccess', { description: '调用部门对一个信息项的使用状态' })
export class ItemAccess {
  @Field(() => AccessStatus, { description: '状态' })
  status!: AccessStatus;

  @Field(() => DenialReason, { nullable: true, description: '不可读的原因' })
  reason!: DenialReason | null;

  @Field(() => DateTime, { nullable: true, description: '现有授权的截止时间' })
  grantValidTo!: Date | null;

  @Field(() => Boolean, { description: '现有授权是否只覆盖部分县' })
  scoped!: boolean;

  @Field(() => [String], { description: '现有授权的用途：读取时在 X-Purpose 请求头中声明其一' })
  purposes!: string[];
}

@ObjectType('CatalogItem', { description: '资源共享目录中的信息项' })
export class CatalogItem {
  @Field({ description: '信息项（GraphQL 字段名）' })
  fieldName!: string;

  @Field({ description: '信息项名称' })
  label!: string;

  @Field({ description: '数据类型（GraphQL 类型，如 String、[Measurement]）；中文名称见 dataTypeName' })
  dataType!: string;

  @Field(() => SharingType, { description: '共享类型' })
  sharingType!: SharingType;

  @Field(() => String, { nullable: true, description: '共享条件；不予共享时为法律法规依据' })
  sharingCondition!: string | null;

  @Field({ description: '共享方式' })
  sharingMethod!: string;

  @Field({ description: '是否向社会开放' })
  openToPublic!: boolean;

  @Field(() => String, { nullable: true, description: '开放条件' })
  opennessCondition!: string | null;

  @Field(() => DisclosureTier, { nullable: true, description: '公开方式' })
  disclosureTier!: DisclosureTier | null;

  resourceId!: number;
}

@ObjectType('CatalogVersion', { description: '目录条目的历史版本' })
export class CatalogVersion {
  @Field(() => Int, { description: '版本号' })
  version!: number;

  @Field(() => DateTime, { description: '变更时间' })
  changedAt!: Date;

  @Field({ description: '变更说明' })
  changeNote!: string;

  @Field(() => JsonObject, { description: '该版本的条目与信息项（JSON）' })
  snapshot!: Record<string, unknown>;

  changedBy!: number | null;
}

@ObjectType('CatalogEntry', { description: '资源共享目录条目：一类数据资源及其提供部门、信息项和共享属性' })
export class CatalogEntry {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ description: '资源代码' })
  code!: string;

  @Field({ description: '对应的 GraphQL 类型' })
  typeName!: string;

  @Field({ description: '资源名称' })
  name!: string;

  @Field({ description: '资源分类' })
  classification!: string;

  @Field({ description: '所属领域：reference、environment、agriculture、land、planning、plan' })
  domain!: string;

  @Field({ description: '资源摘要' })
  abstract!: string;

  @Field({ description: '资源格式' })
  format!: string;

  @Field({ description: '更新周期' })
  updateCycle!: string;

  @Field(() => LocalDate, { description: '发布日期' })
  publishedOn!: string;

  @Field(() => [String], { description: '关联资源代码' })
  related!: string[];

  @Field(() => Int, { description: '当前版本号' })
  version!: number;

  providerId!: number;
}
