import { ArgsType, Field, ID } from 'type-graphql';

/** Lookup of a record that has a code of its own. */
@ArgsType()
export class CodeLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: '编码' })
  code?: string | null;
}
