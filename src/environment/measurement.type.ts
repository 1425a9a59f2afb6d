import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('Measurement', { description: '样品中一个监测项目的测定值' })
export class Measurement {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Float, { nullable: true, description: '测定值；未检出时为检出限' })
  value!: number;

  @Field({ nullable: true, description: '单位' })
  unit!: string;

  @Field({ nullable: true, description: '是否未检出（低于检出限）' })
  belowDetection!: boolean;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  sampleId!: number;
  analyteId!: number;
}

export const toMeasurement = toNode(Measurement);
