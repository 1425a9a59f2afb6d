import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { CountyKind } from './county-kind.enum';

@ArgsType()
export class CountiesArgs extends ConnectionArgs {
  @Field(() => CountyKind, { nullable: true, description: '按类型筛选' })
  kind?: CountyKind | null;
}

@ArgsType()
export class CountyLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 行政区划代码' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: '名称，如“文安县”' })
  name?: string | null;
}
