import { Arg, Ctx, Field, Float, InputType, Int, Mutation, Query, Resolver, FieldResolver, Root } from 'type-graphql';
import { SubmissionResult } from '../../environment/soil-sample.submission';
import type { HubContext } from '../../graphql/context';
import { badInput } from '../../graphql/hub-error';
import { byId } from '../../graphql/relations/by-id.loader';
import { scopedQuery } from '../../graphql/scoped-query';
import { countyIdOf } from '../../reference/county-key';
import { CountyEntity } from '../../reference/county.entity';
import { County } from '../../reference/county.type';
import { submitOnce } from '../../submission/submit-once';
import { PlanTargetEntity } from '../plan-target.entity';
import { progressOf, statusOf } from '../target-indicators';
import { TargetStatus } from '../target-status.enum';
import { AssessmentStatus } from './assessment-status.enum';
import { CountyAssessmentEntity, type AssessmentItemValue } from './county-assessment.entity';
import { CountyAssessment, toAssessment } from './county-assessment.type';

@InputType('TargetWeightInput', { description: '考核指标的权重' })
class TargetWeightInput {
  @Field(() => Int, { description: '附表1 序号' })
  seq!: number;

  @Field(() => Float, { description: '权重（非负）' })
  weight!: number;
}

const DEFAULT_PASS_MARK = 60;

@Resolver(() => CountyAssessment)
export class CountyAssessmentResolver {
  @Query(() => [CountyAssessment], { description: '县（市、区）人民政府年度考核；公开接口只有已公开的' })
  async countyAssessments(
    @Arg('year', () => Int, { nullable: true, description: '年度' }) year: number | null,
    @Arg('county', () => String, { nullable: true, description: '县级行政区名称或代码' }) county: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<CountyAssessment[]> {
    const countyId = county ? await countyIdOf(ctx, county) : null;
    const qb = scopedQuery(ctx, CountyAssessmentEntity);
    if (year != null) qb.andWhere('e.year = :year', { year });
    if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
    // Eleven counties a year over the plan's years.
    return (await qb.orderBy('e.year', 'DESC').addOrderBy('e.county_id').limit(200).getMany()).map(toAssessment);
  }

  @Mutation(() => SubmissionResult, { description: '录入县（市、区）目标责任书的年度指标（平台管理员）：同县同指标同年度再次录入即修改' })
  async setCountyTarget(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('county', { description: '县级行政区名称或代码' }) county: string,
    @Arg('seq', () => Int, { description: '附表1 序号' }) seq: number,
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('targetValue', () => Float, { description: '目标值（单位同附表1 指标）' }) targetValue: number,
    @Arg('basis', { description: '目标责任书名称和条款' }) basis: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    ctx.access.authorise({ kind: 'administer', task: 'assessment' });
    const countyId = await countyIdOf(ctx, county);
    const [target] = await ctx.db.query('SELECT id FROM plan_target WHERE seq = $1', [seq]);
    if (!target) throw badInput('seq', `附表1 没有序号 ${seq}`);
    if (!Number.isFinite(targetValue) || targetValue < 0) throw badInput('targetValue', '目标值应为非负数');
    if (!basis.trim()) throw badInput('basis', '请写明目标责任书名称和条款');
    return submitOnce(ctx, 'setCountyTarget', idempotencyKey, async (m) => {
      await m.query(
        `INSERT INTO county_target (county_id, target_id, year, target_value, basis) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (county_id, target_id, year) DO UPDATE SET target_value = EXCLUDED.target_value, basis = EXCLUDED.basis`,
        [countyId, target.id, year, targetValue, basis.trim()],
      );
      return `${county}/${seq}/${year}`;
    });
  }

  @Mutation(() => SubmissionResult, {
    description: '起草县（市、区）年度考核（平台管理员）：按目标责任书的指标由平台数据计算，按权重计分；草稿可重新起草，审核后不可',
  })
  async draftCountyAssessment(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('county', { description: '县级行政区名称或代码' }) county: string,
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Arg('weights', () => [TargetWeightInput], { nullable: true, description: '各指标权重；缺省每项 1' }) weights: TargetWeightInput[] | null,
    @Arg('passMark', () => Float, { nullable: true, description: `合格分数线（0–100，缺省 ${DEFAULT_PASS_MARK}）` }) passMark: number | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    ctx.access.authorise({ kind: 'administer', task: 'assessment' });
    const countyId = await countyIdOf(ctx, county);
    const mark = passMark ?? DEFAULT_PASS_MARK;
    if (!(mark >= 0 && mark <= 100)) throw badInput('passMark', '合格分数线应在 0 到 100 之间');
    const weightOf = new Map<number, number>();
    for (const [i, w] of (weights ?? []).entries()) {
      if (!(w.weight >= 0)) throw badInput(`weights.${i}.weight`, '权重应为非负数');
      weightOf.set(w.seq, w.weight);
    }
    const targets: (PlanTargetEntity & { countyTarget: number })[] = (
      await ctx.db.query(
        `SELECT p.*, c.target_value::float8 AS county_target FROM county_target c JOIN plan_target p ON p.id = c.target_id
          WHERE c.county_id = $1 AND c.year = $2 ORDER BY p.seq`,
        [countyId, year],
      )
    ).map((r: Record<string, any>) =>
      Object.assign(new PlanTargetEntity(), {
        id: r.id,
        seq: r.seq,
        indicator: r.indicator,
        comparison: r.comparison,
        targetValue: r.target_value === null ? null : Number(r.target_value),
        tolerance: r.tolerance === null ? null : Number(r.tolerance),
        countyTarget: r.county_target,
      }),
    );
    if (!targets.length) throw badInput('county', `${county} ${year} 年没有录入目标责任书指标（setCountyTarget）`);
    const items: AssessmentItemValue[] = [];
    for (const t of targets) {
      const p = await progressOf(ctx, t, { id: countyId, name: county }, year);
      const status = p.status === TargetStatus.NOT_COMPUTED ? p.status : statusOf(p.value, t.comparison, t.countyTarget, t.tolerance);
      items.push({ seq: t.seq, indicator: t.indicator, target: t.countyTarget, value: p.value, status, weight: weightOf.get(t.seq) ?? 1, formula: p.formula });
    }
    const total = items.reduce((s, i) => s + i.weight, 0);
    const met = items.filter((i) => i.status === TargetStatus.MET).reduce((s, i) => s + i.weight, 0);
    const score = total > 0 ? Number(((100 * met) / total).toFixed(2)) : null;
    const [{ reports }] = await ctx.db.query(
      `SELECT count(*)::int AS reports FROM task_progress_report r JOIN department d ON d.id = r.department_id
        WHERE d.county_id = $1 AND extract(year FROM r.reported_on) = $2`,
      [countyId, year],
    );
    return submitOnce(ctx, 'draftCountyAssessment', idempotencyKey, async (m) => {
      const [existing] = await m.query('SELECT status FROM county_assessment WHERE county_id = $1 AND year = $2 FOR UPDATE', [countyId, year]);
      if (existing && existing.status !== AssessmentStatus.DRAFT) throw badInput('year', `${county} ${year} 年的考核已审核，不能重新起草`);
      await m.query(
        `INSERT INTO county_assessment (county_id, year, status, items, score, pass_mark, passed, county_reports, drafted_at)
         VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8)
         ON CONFLICT (county_id, year) DO UPDATE SET items = EXCLUDED.items, score = EXCLUDED.score, pass_mark = EXCLUDED.pass_mark,
                passed = EXCLUDED.passed, county_reports = EXCLUDED.county_reports, drafted_at = EXCLUDED.drafted_at`,
        [countyId, year, JSON.stringify(items), score, mark, score === null ? null : score >= mark, reports, ctx.access.now],
      );
      return `${county}/${year}`;
    });
  }

  @Mutation(() => SubmissionResult, { description: '审核县（市、区）年度考核（平台管理员）：草稿 → 已审核' })
  reviewCountyAssessment(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('county', { description: '县级行政区名称或代码' }) county: string,
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    return this.advance(ctx, idempotencyKey, county, year, AssessmentStatus.DRAFT, AssessmentStatus.REVIEWED, 'reviewed_at');
  }

  @Mutation(() => SubmissionResult, { description: '公开县（市、区）年度考核结果（平台管理员）：已审核 → 已公开，公开接口可见' })
  publishCountyAssessment(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('county', { description: '县级行政区名称或代码' }) county: string,
    @Arg('year', () => Int, { description: '年度' }) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    return this.advance(ctx, idempotencyKey, county, year, AssessmentStatus.REVIEWED, AssessmentStatus.PUBLISHED, 'published_at');
  }

  @FieldResolver(() => County, { nullable: true, description: '县级行政区' })
  county(@Root() a: CountyAssessment, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(a.countyId);
  }

  private async advance(
    ctx: HubContext,
    idempotencyKey: string,
    county: string,
    year: number,
    from: AssessmentStatus,
    to: AssessmentStatus,
    stamp: 'reviewed_at' | 'published_at',
  ): Promise<SubmissionResult> {
    ctx.access.authorise({ kind: 'administer', task: 'assessment' });
    const countyId = await countyIdOf(ctx, county);
    return submitOnce(ctx, `${to}CountyAssessment`, idempotencyKey, async (m) => {
      const [[row]] = await m.query(`UPDATE county_assessment SET status = $3, ${stamp} = $4 WHERE county_id = $1 AND year = $2 AND status = $5 RETURNING id`, [
        countyId,
        year,
        to,
        ctx.access.now,
        from,
      ]);
      if (!row) throw badInput('year', `${county} ${year} 年没有状态为“${from}”的考核`);
      return `${county}/${year}`;
    });
  }
}
