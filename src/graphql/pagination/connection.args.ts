import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: '每页条数；缺省为服务器默认值，最大值见服务器配置 MAX_PAGE_SIZE' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '从该游标之后开始（取上一页的 pageInfo.endCursor）' })
  after?: string | null;
}
