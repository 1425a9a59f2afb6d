import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { COMPUTED_COST } from '../graphql/limits/field-costs';
import { SubmissionResult } from '../environment/soil-sample.submission';
import { submitOnce } from '../submission/submit-once';
import { findings } from './data-quality-checks';
import { DataQualityFinding } from './data-quality-finding.type';
import { FindingVerdict } from './finding-verdict.enum';

/** What one answer may list; the checks stop at it. */
const MAX_FINDINGS = 500;

@Resolver(() => DataQualityFinding)
export class DataQualityResolver {
  @Query(() => [DataQualityFinding], {
    complexity: COMPUTED_COST,
    description: '数据质量疑点（方案附表数据和各部门报送的数据）：每项附证据和提供部门的答复，最多 500 条',
  })
  async dataQualityFindings(
    @Arg('open', () => Boolean, { nullable: true, description: 'true 只看未答复的' }) open: boolean | null,
    @Ctx() ctx: HubContext,
  ): Promise<DataQualityFinding[]> {
    const found = await findings(ctx.db, MAX_FINDINGS);
    const reviews: { finding_key: string; verdict: FindingVerdict; note: string; reviewed_at: Date }[] = await ctx.db.query(
      `SELECT finding_key, verdict, note, reviewed_at FROM data_quality_review WHERE finding_key = ANY($1)`,
      [found.map((f) => f.key)],
    );
    const byKey = new Map(reviews.map((r) => [r.finding_key, r]));
    return found
      .map((f) => {
        const r = byKey.get(f.key);
        return Object.assign(new DataQualityFinding(), f, { verdict: r?.verdict ?? null, reviewNote: r?.note ?? null, reviewedAt: r?.reviewed_at ?? null });
      })
      .filter((f) => !open || f.verdict === null);
  }

  @Mutation(() => SubmissionResult, { description: '答复数据质量疑点（疑点所涉资源的提供部门）：经核实无误、已更正，或确认有误但按原样保留' })
  async reviewDataQualityFinding(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('key', { description: '疑点标识' }) key: string,
    @Arg('verdict', () => FindingVerdict, { description: '答复' }) verdict: FindingVerdict,
    @Arg('note', { description: '说明' }) note: string,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const finding = (await findings(ctx.db, MAX_FINDINGS)).find((f) => f.key === key);
    if (!finding) throw new HubError(ErrorCode.BAD_USER_INPUT, `没有标识为 ${key} 的疑点（数据可能已更正）`, { details: { argument: 'key' } });
    if (!note.trim()) throw new HubError(ErrorCode.BAD_USER_INPUT, '请写明答复说明', { details: { argument: 'note' } });
    // The provider of the resource the finding is about answers for it.
    ctx.access.authorise({ kind: 'submit', resource: finding.resource, counties: [] });
    return submitOnce(
      ctx,
      'reviewDataQualityFinding',
      idempotencyKey,
      async (m) => {
        await m.query(
          `INSERT INTO data_quality_review (finding_key, verdict, note, reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (finding_key) DO UPDATE SET verdict = EXCLUDED.verdict, note = EXCLUDED.note, reviewed_by = EXCLUDED.reviewed_by, reviewed_at = EXCLUDED.reviewed_at`,
          [key, verdict, note.trim(), ctx.access.principal.departmentId, ctx.access.now],
        );
        return key;
      },
      { verdict },
    );
  }
}
