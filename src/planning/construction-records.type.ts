import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';
import { landClassOf } from './land-class';
import { PermitKind } from './permit-kind.enum';
import { ProjectPhase } from './project-phase.enum';

@ObjectType('ConstructionProject', { description: '宗地上的建设项目' })
export class ConstructionProject {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '项目编码' })
  code!: string;

  @Field({ nullable: true, description: '项目名称' })
  name!: string;

  @Field({ nullable: true, description: '建设单位' })
  developer!: string;

  @Field({ nullable: true, description: '建设用途（GB 50137 代码）' })
  plannedUse!: string;

  @Field(() => Int, { nullable: true, description: '按建设用途的 GB 36600-2018 用地类别（1 或 2）' })
  get landClass(): number {
    return landClassOf(this.plannedUse);
  }

  @Field(() => ProjectPhase, { nullable: true, description: '阶段' })
  phase!: ProjectPhase;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  parcelId!: number;
}

@ObjectType('PlanningPermit', { description: '规划许可（建设用地规划许可证、建设工程规划许可证）' })
export class PlanningPermit {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '许可证编号' })
  code!: string;

  @Field(() => PermitKind, { nullable: true, description: '类型' })
  kind!: PermitKind;

  @Field(() => LocalDate, { nullable: true, description: '核发日期' })
  issuedOn!: string;

  @Field({ nullable: true, description: '持证单位' })
  holder!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  parcelId!: number;
  projectId!: number | null;
}

export const toProject = toNode(ConstructionProject);
export const toPermit = toNode(PlanningPermit);
