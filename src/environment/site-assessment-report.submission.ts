import { Arg, Ctx, Field, Float, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { chinaDate } from '../common/china-date';
import { LocalDate } from '../common/local-date.scalar';
import { standardTables } from '../decision/standards/standard-tables';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { submitOne } from '../submission/submit-one';
import { AssessmentConclusion, CONCLUSION_LABEL, CONCLUSIONS_OF } from './assessment-conclusion.enum';
import { AssessmentStage, STAGE_LABEL } from './assessment-stage.enum';
import { SubmissionResult } from './soil-sample.submission';

@InputType('AssessmentTargetInput', { description: '风险管控或修复目标值' })
class AssessmentTargetInput {
  @Field({ description: 'GB 36600 监测项目代码（如 Pb、As）' })
  analyte!: string;

  @Field(() => Float, { description: '目标值（mg/kg，正数）' })
  value!: number;
}

@Resolver()
export class SiteAssessmentReportSubmissionResolver {
  @Mutation(() => SubmissionResult, {
    description:
      '备案地块调查评估报告（初步调查、详细调查、风险评估、效果评估；方案第（十七）条）：环保部门，或县级人民政府报本县的地块。用地审批把关据此判断地块现状',
  })
  async fileAssessmentReport(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('site', { description: '地块编码' }) siteCode: string,
    @Arg('code', { description: '报告编号（全市唯一）' }) code: string,
    @Arg('stage', () => AssessmentStage, { description: '阶段' }) stage: AssessmentStage,
    @Arg('conclusion', () => AssessmentConclusion, { description: '结论' }) conclusion: AssessmentConclusion,
    @Arg('landClass', () => Int, { description: '结论所对应的用地类别：1 第一类用地，2 第二类用地' }) landClass: number,
    @Arg('reportedOn', () => LocalDate, { description: '报告日期（评审通过日期，不得晚于今天）' }) reportedOn: string,
    @Arg('sampledFrom', () => LocalDate, { nullable: true, description: '所依据样品的最早采样日期（效果评估必填）' }) sampledFrom: string | null,
    @Arg('preparedBy', { description: '编制单位' }) preparedBy: string,
    @Arg('summary', { description: '结论摘要' }) summary: string,
    @Arg('targets', () => [AssessmentTargetInput], { nullable: true, description: '风险管控或修复目标值（风险评估结论为风险不可接受时必填）' })
    targets: AssessmentTargetInput[] | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [site] = await ctx.db.query('SELECT id, county_id FROM contaminated_site WHERE code = $1', [siteCode]);
    if (!site) throw badInput('site', `没有编码为 ${siteCode} 的地块`);
    if (!code.trim()) throw badInput('code', '报告编号不能为空');
    if (!CONCLUSIONS_OF[stage].includes(conclusion)) {
      throw badInput('conclusion', `${STAGE_LABEL[stage]}报告的结论只能是：${CONCLUSIONS_OF[stage].map((c) => CONCLUSION_LABEL[c]).join('；')}`);
    }
    if (landClass !== 1 && landClass !== 2) throw badInput('landClass', '用地类别只能是 1（第一类用地）或 2（第二类用地）');
    const today = chinaDate(ctx.access.now);
    if (reportedOn > today) throw badInput('reportedOn', '报告日期不得晚于今天');
    if (sampledFrom && sampledFrom > reportedOn) throw badInput('sampledFrom', '采样日期不得晚于报告日期');
    if (stage === AssessmentStage.EFFECT_EVALUATION && !sampledFrom)
      throw badInput('sampledFrom', '效果评估须写明所依据样品的最早采样日期：其后的样品反映地块现状');
    if (!preparedBy.trim()) throw badInput('preparedBy', '编制单位不能为空');
    if (!summary.trim()) throw badInput('summary', '结论摘要不能为空');
    const tables = await standardTables(ctx.db);
    const seen = new Set<string>();
    for (const [i, t] of (targets ?? []).entries()) {
      if (!tables.construction.has(t.analyte)) throw badInput(`targets.${i}.analyte`, `${t.analyte} 不是 GB 36600-2018 表1、表2 的项目`);
      if (!(t.value > 0)) throw badInput(`targets.${i}.value`, `${t.analyte} 的目标值应为正数`);
      if (seen.has(t.analyte)) throw badInput(`targets.${i}.analyte`, `${t.analyte} 的目标值给了两次`);
      seen.add(t.analyte);
    }
    if (conclusion === AssessmentConclusion.RISK_UNACCEPTABLE && !targets?.length)
      throw badInput('targets', '风险不可接受的风险评估须给出风险管控或修复目标值');

    const values = {
      site: siteCode,
      code: code.trim(),
      stage,
      conclusion,
      landClass,
      reportedOn,
      sampledFrom,
      preparedBy: preparedBy.trim(),
      summary: summary.trim(),
      targets: (targets ?? []).map((t) => ({ analyte: t.analyte, value: t.value })),
    };
    return submitOne(ctx, {
      operation: 'fileAssessmentReport',
      idempotencyKey,
      typeName: 'SiteAssessmentReport',
      countyId: site.county_id,
      // After the replay check: a replayed filing finds its own report.
      before: async () => {
        const taken = await ctx.db.query('SELECT 1 FROM site_assessment_report WHERE code = $1', [values.code]);
        if (taken.length) throw badInput('code', `报告编号 ${values.code} 已备案`);
      },
      apply: async (m) => {
        const [row] = await m.query(
          `INSERT INTO site_assessment_report (code, site_id, county_id, stage, conclusion, land_class, reported_on, sampled_from, prepared_by, targets,
                                               summary, filed_by, filed_at, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'submitted') RETURNING id`,
          [
            values.code,
            site.id,
            site.county_id,
            stage,
            conclusion,
            landClass,
            reportedOn,
            sampledFrom,
            values.preparedBy,
            JSON.stringify(values.targets),
            values.summary,
            ctx.access.principal.departmentId,
            ctx.access.now,
          ],
        );
        return { recordId: row.id, code: values.code, op: 'insert', values };
      },
    });
  }
}
