import { LocalDate } from '../common/local-date.scalar';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { TaskRole } from './task-role.enum';

@ArgsType()
export class PlanTasksArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '部门编码（如 environment），筛选该部门承担的任务' })
  department?: string | null;

  @Field(() => TaskRole, { nullable: true, description: '与 department 同用：部门的角色' })
  role?: TaskRole | null;

  @Field(() => String, { nullable: true, description: '方案条款，如“（八）”' })
  section?: string | null;

  @Field(() => Int, { nullable: true, description: '任务序号' })
  taskNo?: number | null;

  @Field(() => LocalDate, { nullable: true, description: '完成时限不晚于' })
  deadlineBefore?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否持续实施' })
  ongoing?: boolean | null;
}

@ArgsType()
export class NestedTasksArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => TaskRole, { nullable: true, description: '按角色筛选' })
  role?: TaskRole | null;
}

@ArgsType()
export class TaskDepartmentsArgs {
  @Field(() => TaskRole, { nullable: true, description: '按角色筛选；缺省为全部' })
  role?: TaskRole | null;
}

@ArgsType()
export class PlanTaskLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: '在附表6 中的行次' })
  rowNo?: number | null;
}
