import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { DepartmentEntity } from '../reference/department.entity';
import { Department } from '../reference/department.type';
import { PlanTaskEntity } from './plan-task.entity';
import { PlanTask, toTask } from './plan-task.type';
import { TaskProgressReportEntity } from './task-progress-report.entity';
import { TaskProgressReport, toProgress } from './task-progress-report.type';

@Resolver(() => TaskProgressReport)
export class TaskProgressResolver {
  @FieldResolver(() => PlanTask, { nullable: true, description: '所报告的任务' })
  task(@Root() r: TaskProgressReport, @Ctx() ctx: HubContext): Promise<PlanTask | null> {
    return byId(ctx, PlanTaskEntity, toTask).load(r.taskId);
  }

  @FieldResolver(() => Department, { nullable: true, description: '报告部门' })
  department(@Root() r: TaskProgressReport, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(r.departmentId);
  }
}

@Resolver(() => PlanTask)
export class PlanTaskProgressResolver {
  @FieldResolver(() => [TaskProgressReport], { nullable: true, description: '各部门的进展报告' })
  progressReports(@Root() t: PlanTask, @Ctx() ctx: HubContext): Promise<TaskProgressReport[]> {
    return manyBy(ctx, TaskProgressReportEntity, 'taskId', toProgress).load(Number(t.id));
  }
}
