import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { chinaDate } from '../common/china-date';
import { LocalDate } from '../common/local-date.scalar';
import { requirePassingCheck } from '../decision/approval/approval-requirement';
import { ApprovalType } from '../decision/approval/approval-type.enum';
import { findParcel } from '../decision/construction/construction-land-check.resolver';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { submitOne } from '../submission/submit-one';
import { PermitKind } from './permit-kind.enum';
import { ProjectPhase } from './project-phase.enum';

/** Permits are recorded only over a passing approval check made as they are recorded (方案第（二十一）条). */
@Resolver()
export class PermitSubmissionResolver {
  @Mutation(() => SubmissionResult, {
    description: '登记规划许可（城乡规划部门）：当场进行用地审批把关，未通过的不予登记（APPROVAL_CHECK_REQUIRED）',
  })
  async recordPlanningPermit(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('parcel', { description: '宗地代码' }) parcelCode: string,
    @Arg('code', { description: '许可证编号' }) code: string,
    @Arg('kind', () => PermitKind, { description: '许可类型' }) kind: PermitKind,
    @Arg('issuedOn', () => LocalDate, { description: '核发日期（不得晚于今天）' }) issuedOn: string,
    @Arg('holder', { description: '建设单位' }) holder: string,
    @Arg('project', () => String, { nullable: true, description: '建设项目编码' }) projectCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const parcel = await findParcel(ctx, parcelCode);
    if (!parcel) throw badInput('parcel', `没有宗地代码 ${parcelCode}`);
    if (!code.trim()) throw badInput('code', '许可证编号不能为空');
    if (issuedOn > chinaDate(ctx.access.now)) throw badInput('issuedOn', '核发日期不得晚于今天');
    if (!holder.trim()) throw badInput('holder', '建设单位不能为空');
    const [project] = projectCode ? await ctx.db.query('SELECT id, parcel_id, planned_use FROM construction_project WHERE code = $1', [projectCode]) : [];
    if (projectCode && !project) throw badInput('project', `没有编码为 ${projectCode} 的建设项目`);
    if (project && project.parcel_id !== parcel.id) throw badInput('project', `建设项目 ${projectCode} 不在宗地 ${parcelCode} 上`);
    let approvalCheckId: number | null = null;
    const values = { parcel: parcelCode, code: code.trim(), kind, issuedOn, holder: holder.trim(), project: projectCode };
    return submitOne(ctx, {
      operation: 'recordPlanningPermit',
      idempotencyKey,
      typeName: 'PlanningPermit',
      countyId: parcel.countyId,
      before: async () => {
        if ((await ctx.db.query('SELECT 1 FROM planning_permit WHERE code = $1', [values.code])).length)
          throw badInput('code', `许可证编号 ${values.code} 已登记`);
        approvalCheckId = await requirePassingCheck(ctx, parcel, ApprovalType.PLANNING_PERMIT, project?.planned_use ?? null);
      },
      apply: async (m) => {
        const [row] = await m.query(
          `INSERT INTO planning_permit (code, parcel_id, project_id, kind, issued_on, holder, approval_check_id, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted') RETURNING id`,
          [values.code, parcel.id, project?.id ?? null, kind, issuedOn, values.holder, approvalCheckId],
        );
        return { recordId: row.id, code: values.code, op: 'insert', values };
      },
    });
  }

  @Mutation(() => SubmissionResult, {
    description: '登记建筑工程施工许可（建设部门）：项目转为已取得许可；当场按项目的规划用途进行用地审批把关，未通过的不予登记（APPROVAL_CHECK_REQUIRED）',
  })
  async recordConstructionPermit(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('project', { description: '建设项目编码' }) projectCode: string,
    @Arg('permitCode', { description: '施工许可证编号' }) permitCode: string,
    @Arg('issuedOn', () => LocalDate, { description: '核发日期（不得晚于今天）' }) issuedOn: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [project] = await ctx.db.query(
      `SELECT p.id, p.phase, p.planned_use, p.construction_permit_code, l.parcel_code FROM construction_project p JOIN land_parcel l ON l.id = p.parcel_id WHERE p.code = $1`,
      [projectCode],
    );
    if (!project) throw badInput('project', `没有编码为 ${projectCode} 的建设项目`);
    const parcel = await findParcel(ctx, project.parcel_code);
    if (!parcel) throw badInput('project', `建设项目 ${projectCode} 所在宗地不在本县范围内`);
    if (!permitCode.trim()) throw badInput('permitCode', '施工许可证编号不能为空');
    if (issuedOn > chinaDate(ctx.access.now)) throw badInput('issuedOn', '核发日期不得晚于今天');
    let approvalCheckId: number | null = null;
    const values = { project: projectCode, permitCode: permitCode.trim(), issuedOn, phase: ProjectPhase.PERMITTED };
    return submitOne(ctx, {
      operation: 'recordConstructionPermit',
      idempotencyKey,
      typeName: 'ConstructionProject',
      countyId: parcel.countyId,
      before: async () => {
        if (project.construction_permit_code) throw badInput('project', `建设项目 ${projectCode} 已登记施工许可 ${project.construction_permit_code}`);
        if (project.phase !== ProjectPhase.PLANNED) throw badInput('project', `建设项目 ${projectCode} 已不在拟建阶段`);
        approvalCheckId = await requirePassingCheck(ctx, parcel, ApprovalType.CONSTRUCTION_PERMIT, project.planned_use);
      },
      apply: async (m) => {
        await m.query(
          `UPDATE construction_project SET construction_permit_code = $2, construction_permitted_on = $3, phase = 'permitted', approval_check_id = $4 WHERE id = $1`,
          [project.id, values.permitCode, issuedOn, approvalCheckId],
        );
        return { recordId: project.id, code: projectCode, op: 'update', values };
      },
    });
  }
}
