import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { toConnection } from '../graphql/pagination/to-connection';
import { pageSize } from '../graphql/pagination/paginate';
import { hydrate } from '../graphql/relations/hydrate';
import { selects } from '../graphql/selects';
import { Department } from '../reference/department.type';
import { NestedTasksArgs } from './plan.args';
import { PlanTaskConnection } from './plan-task.connection';
import { PlanTaskEntity } from './plan-task.entity';
import { toTask } from './plan-task.type';

interface Page {
  rows: PlanTaskEntity[];
  total: number;
}

/** A department's tasks in 附表6, through the task–department links, one statement per batch of departments. */
@Resolver(() => Department)
export class DepartmentTasksResolver {
  @FieldResolver(() => PlanTaskConnection, { nullable: true, description: '本部门在附表6 中承担的任务（按行次）' })
  async tasks(@Root() d: Department, @Args() args: NestedTasksArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<PlanTaskConnection> {
    const size = pageSize(args.first, ctx.limits);
    const withTotal = selects(info, 'totalCount');
    const loader = ctx.loaders.get(
      `departmentTasks:${args.role ?? 'any'}:${size}:${withTotal}`,
      () =>
        new DataLoader<number, Page>(async (departmentIds) => {
          const rows: Record<string, unknown>[] = await ctx.db.query(
            `SELECT * FROM (
             SELECT t.*, l.department_id AS __parent,
                    row_number() OVER (PARTITION BY l.department_id ORDER BY t.row_no) AS __rn,
                    count(*) OVER (PARTITION BY l.department_id) AS __total
               FROM plan_task t
               JOIN (SELECT DISTINCT task_id, department_id FROM plan_task_department
                      WHERE department_id = ANY($1) AND ($2::task_role IS NULL OR role = $2)) l ON l.task_id = t.id
           ) w WHERE w.__rn <= $3 ORDER BY w.__rn`,
            [departmentIds, args.role ?? null, size + 1],
          );
          const pages = new Map<number, Page>(departmentIds.map((id) => [id, { rows: [], total: 0 }]));
          for (const r of rows) {
            const page = pages.get(Number(r.__parent))!;
            page.rows.push(hydrate(ctx.db, PlanTaskEntity, r));
            page.total = Number(r.__total);
          }
          return departmentIds.map((id) => pages.get(id)!);
        }),
    );
    const page = await loader.load(Number(d.id));
    ctx.budget.charge(Math.min(page.rows.length, size));
    return toConnection(page.rows, size, {
      cursorOf: (row) => [row.rowNo, row.id],
      toNode: toTask,
      make: () => new PlanTaskConnection(),
      hasPreviousPage: false,
      count: () => Promise.resolve(page.total),
    });
  }
}
