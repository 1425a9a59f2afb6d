import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { chinaDate } from '../common/china-date';
import { submitOne } from '../submission/submit-one';
import { RiskLevel } from './risk-level.enum';
import { SubmissionResult } from './soil-sample.submission';
import { SiteStatus } from './site-status.enum';

/**
 * The life of a site (方案第（六）、（十七）—（十九）条): investigated after suspicion, registered or cleared after
 * investigation, controlled or remediated once registered, removed only after control or remediation.
 */
export const SITE_TRANSITIONS: Record<SiteStatus, SiteStatus[]> = {
  [SiteStatus.SUSPECTED]: [SiteStatus.INVESTIGATED],
  [SiteStatus.INVESTIGATED]: [SiteStatus.REGISTERED, SiteStatus.REMOVED],
  [SiteStatus.REGISTERED]: [SiteStatus.UNDER_CONTROL, SiteStatus.UNDER_REMEDIATION],
  [SiteStatus.UNDER_CONTROL]: [SiteStatus.UNDER_REMEDIATION, SiteStatus.REMOVED],
  [SiteStatus.UNDER_REMEDIATION]: [SiteStatus.REMOVED],
  [SiteStatus.REMOVED]: [],
};

@Resolver()
export class SiteStatusSubmissionResolver {
  @Mutation(() => SubmissionResult, { description: '变更地块状态（疑似 → 已调查 → 列入名录 → 管控或修复 → 移出），不允许跳步' })
  async changeSiteStatus(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('site', { description: '地块编码' }) code: string,
    @Arg('status', () => SiteStatus, { description: '新状态' }) status: SiteStatus,
    @Arg('riskLevel', () => RiskLevel, { nullable: true, description: '风险等级（列入名录时须给出）' }) riskLevel: RiskLevel | null,
    @Arg('on', () => LocalDate, { nullable: true, description: '生效日期，缺省为今天' }) on: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [site] = await ctx.db.query('SELECT id, county_id FROM contaminated_site WHERE code = $1', [code]);
    if (!site) throw new HubError(ErrorCode.BAD_USER_INPUT, `没有编码为 ${code} 的地块`, { details: { argument: 'site' } });
    const day = on ?? chinaDate(ctx.access.now);
    if (day > chinaDate(ctx.access.now)) throw new HubError(ErrorCode.BAD_USER_INPUT, '生效日期不得晚于今天', { details: { argument: 'on' } });
    if (status === SiteStatus.REGISTERED && !riskLevel) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, '列入名录须给出风险等级', { details: { argument: 'riskLevel' } });
    }
    return submitOne(ctx, {
      operation: 'changeSiteStatus',
      idempotencyKey,
      typeName: 'ContaminatedSite',
      countyId: site.county_id,
      apply: async (m) => {
        const [current] = await m.query('SELECT status FROM contaminated_site WHERE id = $1 FOR UPDATE', [site.id]);
        if (!SITE_TRANSITIONS[current.status as SiteStatus].includes(status)) {
          throw new HubError(ErrorCode.BAD_USER_INPUT, `地块状态不能从 ${current.status} 变为 ${status}`, {
            details: { argument: 'status', from: current.status, allowed: SITE_TRANSITIONS[current.status as SiteStatus] },
          });
        }
        // TypeORM returns [rows, count] for an UPDATE … RETURNING.
        const [[row]] = await m.query(
          `UPDATE contaminated_site SET status = $2::text::site_status, risk_level = COALESCE($3::text::risk_level, risk_level),
                  listed_on = CASE WHEN $2::text = 'registered' THEN $4::date ELSE listed_on END,
                  removed_on = CASE WHEN $2::text = 'removed' THEN $4::date ELSE removed_on END
            WHERE id = $1 RETURNING status, risk_level, listed_on, removed_on`,
          [site.id, status, riskLevel, day],
        );
        return {
          recordId: site.id,
          code,
          op: 'update',
          values: { code, status: row.status, riskLevel: row.risk_level, listedOn: row.listed_on, removedOn: row.removed_on },
        };
      },
    });
  }
}
