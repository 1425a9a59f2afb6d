import type { GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { hydrate } from '../graphql/relations/hydrate';
import { DepartmentEntity } from '../reference/department.entity';
import { Department } from '../reference/department.type';
import { PlanTaskLookupArgs, PlanTasksArgs, TaskDepartmentsArgs } from './plan.args';
import { PlanTargetEntity } from './plan-target.entity';
import { PlanTarget, toTarget } from './plan-target.type';
import { PlanTaskConnection } from './plan-task.connection';
import { PlanTaskEntity } from './plan-task.entity';
import { PlanTask, toTask } from './plan-task.type';
import { charged } from '../graphql/relations/charged';

@Resolver(() => PlanTask)
export class PlanTaskResolver {
  @Query(() => [PlanTarget], { description: '土壤污染防治主要指标（附表1，11 项）' })
  async planTargets(@Ctx() ctx: HubContext): Promise<PlanTarget[]> {
    return (await ctx.db.getRepository(PlanTargetEntity).find({ order: { seq: 'ASC' } })).map(toTarget);
  }

  @Query(() => PlanTaskConnection, { description: '工作任务分工表（附表6，按行次）' })
  async planTasks(@Args() args: PlanTasksArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<PlanTaskConnection> {
    let departmentId: number | undefined;
    if (args.department) {
      const d = await ctx.db.getRepository(DepartmentEntity).findOneBy({ code: args.department });
      if (!d) throw new HubError(ErrorCode.BAD_USER_INPUT, `未知的部门编码：${args.department}`, { details: { argument: 'department' } });
      departmentId = d.id;
    } else if (args.role) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'role 须与 department 同用 (role needs department)', { details: { argument: 'role' } });
    }
    return list(ctx, PlanTaskEntity, args, {
      filter: (qb, a) => {
        if (departmentId) {
          qb.andWhere(
            `EXISTS (SELECT 1 FROM plan_task_department td WHERE td.task_id = e.id AND td.department_id = :departmentId${a.role ? ' AND td.role = :role' : ''})`,
            { departmentId, role: a.role },
          );
        }
        if (a.section) qb.andWhere('e.section = :section', { section: a.section });
        if (a.taskNo) qb.andWhere('e.task_no = :taskNo', { taskNo: a.taskNo });
        if (a.deadlineBefore) qb.andWhere('e.deadline <= :deadlineBefore', { deadlineBefore: a.deadlineBefore });
        if (a.ongoing !== null && a.ongoing !== undefined) qb.andWhere('e.ongoing = :ongoing', { ongoing: a.ongoing });
      },
      sort: [{ expr: 'e.row_no', value: (r) => r.rowNo }],
      toNode: toTask,
      info,
      make: () => new PlanTaskConnection(),
    });
  }

  @Query(() => PlanTask, { nullable: true, description: '按标识或行次查找附表6 中的一行' })
  planTask(@Args() args: PlanTaskLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<PlanTask | null> {
    return findOne(ctx, PlanTaskEntity, lookupKey(args), toTask, parseId, info);
  }

  @FieldResolver(() => [Department], { nullable: true, description: '任务涉及的部门（可按角色筛选）' })
  departments(@Root() t: PlanTask, @Args() args: TaskDepartmentsArgs, @Ctx() ctx: HubContext): Promise<Department[]> {
    const loader = ctx.loaders.get(
      `taskDepartments:${args.role ?? 'any'}`,
      () =>
        new DataLoader<number, Department[]>(async (taskIds) => {
          const rows: Record<string, unknown>[] = await ctx.db.query(
            `SELECT DISTINCT ON (td.task_id, d.id) d.*, td.task_id AS __task
             FROM plan_task_department td JOIN department d ON d.id = td.department_id
            WHERE td.task_id = ANY($1) AND ($2::task_role IS NULL OR td.role = $2)
            ORDER BY td.task_id, d.id`,
            [taskIds, args.role ?? null],
          );
          const groups = new Map<number, Department[]>(taskIds.map((id) => [id, []]));
          for (const r of rows) groups.get(Number(r.__task))!.push(Department.from(hydrate(ctx.db, DepartmentEntity, r)));
          return taskIds.map((id) => groups.get(id)!);
        }),
    );
    return charged(loader, ctx.budget, (departments) => departments.length).load(Number(t.id));
  }
}
