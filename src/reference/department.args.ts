import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { DepartmentKind } from './department-kind.enum';

@ArgsType()
export class DepartmentsArgs extends ConnectionArgs {
  @Field(() => DepartmentKind, { nullable: true, description: '按主体类型筛选' })
  kind?: DepartmentKind | null;
}

@ArgsType()
export class DepartmentLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: '稳定编码，如 environment' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: '中文名称，如“市环保局”' })
  name?: string | null;
}
