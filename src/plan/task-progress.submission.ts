import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { chinaDate } from '../common/china-date';
import { recordChanges } from '../submission/outbox';
import { once, replayOf } from '../submission/idempotency';
import { ProgressStatus } from './progress-status.enum';

/** The plan (2017, implementing 冀政发〔2017〕3号) is reported on from its first year. */
const PLAN_FIRST_YEAR = 2017;

@Resolver()
export class TaskProgressSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '报告附表6 任务的进展（该任务的牵头、参与或责任部门）' })
  async reportTaskProgress(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('rowNo', () => Int, { description: '附表6 行次' }) rowNo: number,
    @Arg('period', { description: '报告期：年份（2026）或半年（2026H1）' }) period: string,
    @Arg('status', () => ProgressStatus, { description: '进展状态' }) status: ProgressStatus,
    @Arg('percentDone', () => Int, { description: '完成比例（0–100）' }) percentDone: number,
    @Arg('summary', { description: '进展摘要' }) summary: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const replay = await replayOf<{ applied: number; codes: string[] }>(ctx, 'reportTaskProgress', idempotencyKey);
    if (replay) return Object.assign(new SubmissionResult(), { ...replay, replayed: true });
    const bad = (message: string, argument: string) => new HubError(ErrorCode.BAD_USER_INPUT, message, { details: { argument } });
    const thisYear = Number(chinaDate(ctx.access.now).slice(0, 4));
    if (!/^\d{4}(H[12])?$/.test(period)) throw bad(`报告期应为 ${thisYear} 或 ${thisYear}H1 的形式`, 'period');
    const year = Number(period.slice(0, 4));
    // A period still to come cannot have been reported on.
    if (year < PLAN_FIRST_YEAR || year > thisYear) throw bad(`报告期应在 ${PLAN_FIRST_YEAR} 年到 ${thisYear} 年之间`, 'period');
    if (!Number.isInteger(percentDone) || percentDone < 0 || percentDone > 100) throw bad('完成比例应在 0 到 100 之间', 'percentDone');
    if (status === ProgressStatus.COMPLETED && percentDone !== 100) throw bad('已完成的任务完成比例应为 100', 'percentDone');
    if (!summary.trim()) throw bad('请写明进展摘要', 'summary');
    const me = ctx.access.principal.departmentId;
    const [task] = await ctx.db.query(
      `SELECT t.id, EXISTS (SELECT 1 FROM plan_task_department d WHERE d.task_id = t.id AND d.department_id = $2) AS mine FROM plan_task t WHERE t.row_no = $1`,
      [rowNo, me],
    );
    if (!task) throw bad(`附表6 没有第 ${rowNo} 行`, 'rowNo');
    ctx.access.authorise({ kind: 'reportProgress', assigned: task.mine });
    const { result, replayed } = await once(ctx, 'reportTaskProgress', idempotencyKey, async (m) => {
      const [row] = await m.query(
        `INSERT INTO task_progress_report (task_id, department_id, period, reported_on, status, percent_done, summary, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted') RETURNING id`,
        [task.id, me, period, chinaDate(ctx.access.now), status, percentDone, summary.trim()],
      );
      await recordChanges(m, me, ctx.access.now, [
        {
          resource: 'TaskProgressReport',
          recordId: row.id,
          op: 'insert',
          countyId: null,
          values: { period, status, percentDone, summary: summary.trim(), task: rowNo },
        },
      ]);
      return { applied: 1, codes: [`${rowNo}/${period}`] };
    });
    ctx.auditDetail.submission = { operation: 'reportTaskProgress', idempotencyKey, replayed, rowNo, period };
    return Object.assign(new SubmissionResult(), { applied: result.applied as number, codes: result.codes as string[], replayed });
  }
}
