import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { AnalyteCategory } from './analyte-category.enum';

@ArgsType()
export class AnalytesArgs extends ConnectionArgs {
  @Field(() => AnalyteCategory, { nullable: true, description: '按类别筛选' })
  category?: AnalyteCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'true：仅 GB 15618 农用地项目' })
  farmland?: boolean | null;
}

@ArgsType()
export class AnalyteLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: '编码，如 Cd、Cr6、BaP、56-23-5' })
  code?: string | null;
}
