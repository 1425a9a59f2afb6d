import { LocalDate } from '../common/local-date.scalar';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { landClassOf } from './land-class';
import { toNode } from '../graphql/to-node';

@ObjectType('PlannedLandUse', { description: '宗地的规划用途（控制性详细规划）' })
export class PlannedLandUse {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: 'GB 50137 用地分类代码，如 R2、A33、M1' })
  category!: string;

  @Field(() => Int, { nullable: true, description: 'GB 36600-2018 用地类别：1 第一类用地，2 第二类用地（用途不明按第一类）' })
  get landClass(): number {
    return landClassOf(this.category);
  }

  @Field({ nullable: true, description: '规划名称' })
  planName!: string;

  @Field(() => LocalDate, { nullable: true, description: '批准日期' })
  approvedOn!: string | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  parcelId!: number;
}

export const toPlannedUse = toNode(PlannedLandUse);
