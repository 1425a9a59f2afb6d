import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/pagination/connection.args';

@ArgsType()
export class ApprovalChecksArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '宗地代码；缺省为全部' })
  parcel?: string | null;
}
