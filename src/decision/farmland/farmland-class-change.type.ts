import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.scalar';
import { SoilQualityClass } from '../../agriculture/soil-quality-class.enum';
import { FarmlandItemResult } from './farmland-item-result.type';

@ObjectType('FarmlandClassChange', { description: '耕地单元评价类别随样品到达的变化：某一采样日期之后的评价结果' })
export class FarmlandClassChange {
  @Field(() => LocalDate, { nullable: true, description: '采样日期：这一天的样品计入后的评价' })
  on!: string;

  @Field(() => SoilQualityClass, { nullable: true, description: '评价类别' })
  qualityClass!: SoilQualityClass;

  @Field({ nullable: true, description: '类别是否与上一次评价不同' })
  changed!: boolean;

  @Field(() => [FarmlandItemResult], { nullable: true, description: '决定类别的项目' })
  decidingItems!: FarmlandItemResult[];
}
