import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/pagination/connection.args';
import { AlertKind } from './alert-kind.enum';

@ArgsType()
export class AlertsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区（名称或行政区划代码）' })
  county?: string | null;

  @Field(() => AlertKind, { nullable: true, description: '预警类别' })
  kind?: AlertKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只看未解除的（缺省），false 只看已解除的' })
  open?: boolean | null;
}
