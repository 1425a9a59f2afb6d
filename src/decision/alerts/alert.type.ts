import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';
import { AlertKind } from './alert-kind.enum';

@ObjectType('Alert', { description: '预警提醒：条件出现时提出，条件消失时解除，变化进入变更订阅' })
export class Alert {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => AlertKind, { nullable: true, description: '预警类别' })
  kind!: AlertKind;

  @Field(() => String, { nullable: true, description: '预警对象：县名、宗地代码或企业名称' })
  subject!: string;

  @Field(() => String, { nullable: true, description: '预警内容' })
  message!: string;

  @Field(() => DateTime, { nullable: true, description: '提出时间' })
  raisedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '解除时间；未解除为空' })
  resolvedAt!: Date | null;

  @Field({ nullable: true, description: '是否仍未解除' })
  get open(): boolean {
    return this.resolvedAt === null;
  }

  countyId!: number;
}

export const toAlert = (row: { id: number }): Alert => Object.assign(new Alert(), row, { id: String(row.id) });
