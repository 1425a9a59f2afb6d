import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import { ConnectionArgs } from '../../graphql/pagination/connection.args';

@ArgsType()
export class FarmlandAssessmentsArgs extends ConnectionArgs {
  @Field({ description: '县级行政区（名称如“文安县”或行政区划代码）' })
  county!: string;

  @Field(() => LocalDate, { nullable: true, description: '评价日，缺省为今天：计入此日及之前采集的样品' })
  asOf?: string | null;
}
