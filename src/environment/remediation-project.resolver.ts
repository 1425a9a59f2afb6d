import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { countyIdOf } from '../reference/county-key';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { ProjectStatus } from './project-status.enum';
import { RemediationEvaluationEntity } from './remediation-evaluation.entity';
import { RemediationProgressReportEntity } from './remediation-progress-report.entity';
import { RemediationProjectConnection } from './remediation-project.connection';
import { RemediationProjectEntity } from './remediation-project.entity';
import {
  RemediationEvaluation,
  RemediationProgressReport,
  RemediationProject,
  toEvaluation,
  toProgressReport,
  toRemediationProject,
} from './remediation-project.type';

@ArgsType()
class RemediationProjectsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => ProjectStatus, { nullable: true, description: '按状态筛选' })
  status?: ProjectStatus | null;
}

@Resolver(() => RemediationProject)
export class RemediationProjectResolver {
  @Query(() => RemediationProjectConnection, { description: '治理与修复工程列表' })
  async remediationProjects(
    @Args() args: RemediationProjectsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RemediationProjectConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, RemediationProjectEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.site_id IN (SELECT s.id FROM contaminated_site s WHERE s.county_id = :countyId)', { countyId });
        if (a.status) qb.andWhere('e.status = :status', { status: a.status });
      },
      sort: [{ expr: 'e.code', value: (r) => r.code }],
      toNode: toRemediationProject,
      info,
      make: () => new RemediationProjectConnection(),
    });
  }

  @FieldResolver(() => ContaminatedSite, { nullable: true, description: '所治理的地块' })
  site(@Root() p: RemediationProject, @Ctx() ctx: HubContext): Promise<ContaminatedSite | null> {
    return byId(ctx, ContaminatedSiteEntity, toSite).load(p.siteId);
  }

  @FieldResolver(() => [RemediationProgressReport], { nullable: true, description: '半年进展报告' })
  progressReports(@Root() p: RemediationProject, @Ctx() ctx: HubContext): Promise<RemediationProgressReport[]> {
    return manyBy(ctx, RemediationProgressReportEntity, 'projectId', toProgressReport).load(Number(p.id));
  }

  @FieldResolver(() => [RemediationEvaluation], { nullable: true, description: '第三方效果评估' })
  evaluations(@Root() p: RemediationProject, @Ctx() ctx: HubContext): Promise<RemediationEvaluation[]> {
    return manyBy(ctx, RemediationEvaluationEntity, 'projectId', toEvaluation).load(Number(p.id));
  }
}

/** A site's remediation projects. */
@Resolver(() => ContaminatedSite)
export class SiteRemediationResolver {
  @FieldResolver(() => [RemediationProject], { nullable: true, description: '地块上的治理与修复工程' })
  remediationProjects(@Root() s: ContaminatedSite, @Ctx() ctx: HubContext): Promise<RemediationProject[]> {
    return manyBy(ctx, RemediationProjectEntity, 'siteId', toRemediationProject).load(Number(s.id));
  }
}
