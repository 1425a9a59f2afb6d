import type { GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { chinaDate } from '../common/china-date';
import { LocalDate } from '../common/local-date.scalar';
import type { HubContext } from '../graphql/context';
import { badInput } from '../graphql/hub-error';
import { list } from '../graphql/list';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { countyIdOf } from '../reference/county-key';
import { submitOne } from '../submission/submit-one';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { InvestigationNoticeConnection } from './investigation-notice.connection';
import { InvestigationNoticeEntity } from './investigation-notice.entity';
import { InvestigationNotice, toInvestigationNotice } from './investigation-notice.type';
import { KeyEnterpriseEntity } from './key-enterprise.entity';
import { KeyEnterprise, toEnterprise } from './key-enterprise.type';
import { SiteStatus } from './site-status.enum';
import { SubmissionResult } from './soil-sample.submission';

/** Past due and no initial investigation report on the site: the condition of the overdue alert too. */
const OVERDUE_SQL = `e.due_on < $today::date AND NOT EXISTS (SELECT 1 FROM site_assessment_report r WHERE r.site_id = e.site_id AND r.stage = 'initial_investigation')`;

@ArgsType()
class InvestigationNoticesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只要逾期未报送初步调查报告的' })
  overdue?: boolean | null;
}

@Resolver(() => InvestigationNotice)
export class InvestigationNoticeResolver {
  @Query(() => InvestigationNoticeConnection, { description: '疑似污染地块初步调查书面通知，期限早的在前' })
  async investigationNotices(
    @Args() args: InvestigationNoticesArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InvestigationNoticeConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    const today = chinaDate(ctx.access.now);
    return list(ctx, InvestigationNoticeEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.overdue === true) qb.andWhere(OVERDUE_SQL.replace('$today', ':today'), { today });
        if (a.overdue === false) qb.andWhere(`NOT (${OVERDUE_SQL.replace('$today', ':today')})`, { today });
      },
      sort: [
        { expr: 'e.due_on', value: (r) => r.dueOn },
        { expr: 'e.id', value: (r) => r.id },
      ],
      toNode: toInvestigationNotice,
      info,
      make: () => new InvestigationNoticeConnection(),
    });
  }

  @Mutation(() => SubmissionResult, {
    description: '登记对疑似污染地块土地使用权人的书面通知（环保部门；县级人民政府限本县）：六个月内完成初步调查，逾期未报送的进入预警',
  })
  async issueInvestigationNotice(
    @Arg('idempotencyKey', { description: '幂等键' }) idempotencyKey: string,
    @Arg('site', { description: '地块编码（疑似污染地块）' }) siteCode: string,
    @Arg('code', { description: '通知文号' }) code: string,
    @Arg('holder', { description: '土地使用权人' }) holder: string,
    @Arg('notifiedOn', () => LocalDate, { description: '通知日期（不得晚于今天）' }) notifiedOn: string,
    @Arg('enterprise', () => String, { nullable: true, description: '被调查企业的统一社会信用代码' }) enterpriseCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<SubmissionResult> {
    const [site] = await ctx.db.query('SELECT id, county_id, status FROM contaminated_site WHERE code = $1', [siteCode]);
    if (!site) throw badInput('site', `没有编码为 ${siteCode} 的地块`);
    if (site.status !== SiteStatus.SUSPECTED) throw badInput('site', `地块 ${siteCode} 已不是疑似污染地块，无须通知初步调查`);
    if (!code.trim()) throw badInput('code', '通知文号不能为空');
    if (!holder.trim()) throw badInput('holder', '土地使用权人不能为空');
    if (notifiedOn > chinaDate(ctx.access.now)) throw badInput('notifiedOn', '通知日期不得晚于今天');
    const [enterprise] = enterpriseCode ? await ctx.db.query('SELECT id FROM key_enterprise WHERE credit_code = $1', [enterpriseCode]) : [];
    if (enterpriseCode && !enterprise) throw badInput('enterprise', `没有统一社会信用代码为 ${enterpriseCode} 的企业`);
    const values = { code: code.trim(), site: siteCode, holder: holder.trim(), notifiedOn, enterprise: enterpriseCode };
    return submitOne(ctx, {
      operation: 'issueInvestigationNotice',
      idempotencyKey,
      typeName: 'InvestigationNotice',
      countyId: site.county_id,
      before: async () => {
        if ((await ctx.db.query('SELECT 1 FROM investigation_notice WHERE code = $1', [values.code])).length)
          throw badInput('code', `通知文号 ${values.code} 已登记`);
      },
      apply: async (m) => {
        const [row] = await m.query(
          `INSERT INTO investigation_notice (code, site_id, county_id, enterprise_id, holder, notified_on, due_on, issued_by, source)
           VALUES ($1, $2, $3, $4, $5, $6, ($6::date + interval '6 months')::date, $7, 'submitted') RETURNING id, due_on::text AS "dueOn"`,
          [values.code, site.id, site.county_id, enterprise?.id ?? null, values.holder, notifiedOn, ctx.access.principal.departmentId],
        );
        return { recordId: row.id, code: values.code, op: 'insert', values: { ...values, dueOn: row.dueOn } };
      },
    });
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '是否逾期：已过期限且地块没有初步调查报告' })
  overdue(@Root() n: InvestigationNotice, @Ctx() ctx: HubContext): Promise<boolean> {
    const today = chinaDate(ctx.access.now);
    const loader = ctx.loaders.get(
      'investigationNotice:investigated',
      () =>
        new DataLoader<number, boolean>(async (siteIds) => {
          const rows: { site_id: number }[] = await ctx.db.query(
            `SELECT DISTINCT site_id FROM site_assessment_report WHERE site_id = ANY($1) AND stage = 'initial_investigation'`,
            [[...siteIds]],
          );
          const investigated = new Set(rows.map((r) => r.site_id));
          return siteIds.map((id) => investigated.has(id));
        }),
    );
    return loader.load(n.siteId).then((investigated) => n.dueOn < today && !investigated);
  }

  @FieldResolver(() => ContaminatedSite, { nullable: true, description: '疑似污染地块' })
  site(@Root() n: InvestigationNotice, @Ctx() ctx: HubContext): Promise<ContaminatedSite | null> {
    return byId(ctx, ContaminatedSiteEntity, toSite).load(n.siteId);
  }

  @FieldResolver(() => KeyEnterprise, { nullable: true, description: '被调查的企业' })
  enterprise(@Root() n: InvestigationNotice, @Ctx() ctx: HubContext): Promise<KeyEnterprise | null> {
    return n.enterpriseId === null ? Promise.resolve(null) : byId(ctx, KeyEnterpriseEntity, toEnterprise).load(n.enterpriseId);
  }
}
