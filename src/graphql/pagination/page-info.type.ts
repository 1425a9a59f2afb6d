import { Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: '分页信息 (Relay cursor pagination)' })
export class PageInfo {
  @Field({ description: '是否还有下一页' })
  hasNextPage!: boolean;

  @Field({ description: '是否存在上一页（给出 after 游标时为 true）' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一条的游标' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标，作为下一页的 after 参数' })
  endCursor!: string | null;
}
