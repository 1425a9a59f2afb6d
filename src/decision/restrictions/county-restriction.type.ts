import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import { toNode } from '../../graphql/to-node';
import { RestrictionKind } from './restriction-kind.enum';

@ObjectType('CountyRestriction', { description: '县（市、区）限批决定（方案第（十三）、（四十）条）' })
export class CountyRestriction {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => RestrictionKind, { nullable: true, description: '限批措施' })
  kind!: RestrictionKind;

  @Field({ nullable: true, description: '事由和决定文号' })
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: '起始日期' })
  imposedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '解除日期；未解除为空' })
  liftedOn!: string | null;

  countyId!: number;
}

export const toRestriction = toNode(CountyRestriction);
