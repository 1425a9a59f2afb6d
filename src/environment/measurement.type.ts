import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('Measurement', { description: '样品中一个监测项目的测定值' })
export class Measurement {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Float, { description: '测定值；未检出时为检出限' })
  value!: number;

  @Field({ description: '单位' })
  unit!: string;

  @Field({ description: '是否未检出（低于检出限）' })
  belowDetection!: boolean;

  @Field(() => RecordSource, { description: '数据来源' })
  source!: RecordSource;

  sampleId!: number;
  analyteId!: number;
}

export const toMeasurement = toNode(Measurement);
