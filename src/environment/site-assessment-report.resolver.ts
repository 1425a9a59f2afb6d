import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { DepartmentEntity } from '../reference/department.entity';
import { Department } from '../reference/department.type';
import { countyIdOf } from '../reference/county-key';
import { AssessmentStage } from './assessment-stage.enum';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { SiteAssessmentReportEntity } from './site-assessment-report.entity';
import { SiteAssessmentReportConnection } from './site-assessment-report.connection';
import { SiteAssessmentReport, toAssessmentReport } from './site-assessment-report.type';

@ArgsType()
class AssessmentReportsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => String, { nullable: true, description: '地块编码' })
  site?: string | null;

  @Field(() => AssessmentStage, { nullable: true, description: '按阶段筛选' })
  stage?: AssessmentStage | null;
}

@Resolver(() => SiteAssessmentReport)
export class SiteAssessmentReportResolver {
  @Query(() => SiteAssessmentReportConnection, { description: '地块调查评估报告，新的在前' })
  async assessmentReports(
    @Args() args: AssessmentReportsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SiteAssessmentReportConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, SiteAssessmentReportEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.site) qb.andWhere('e.site_id IN (SELECT s.id FROM contaminated_site s WHERE s.code = :site)', { site: a.site });
        if (a.stage) qb.andWhere('e.stage = :stage', { stage: a.stage });
      },
      sort: [
        { expr: 'e.reported_on', value: (r) => r.reportedOn, direction: 'DESC' },
        { expr: 'e.id', value: (r) => r.id, direction: 'DESC' },
      ],
      toNode: toAssessmentReport,
      info,
      make: () => new SiteAssessmentReportConnection(),
    });
  }

  @FieldResolver(() => ContaminatedSite, { nullable: true, description: '所调查评估的地块' })
  site(@Root() r: SiteAssessmentReport, @Ctx() ctx: HubContext): Promise<ContaminatedSite | null> {
    return byId(ctx, ContaminatedSiteEntity, toSite).load(r.siteId);
  }

  @FieldResolver(() => Department, { nullable: true, description: '备案的部门' })
  filedBy(@Root() r: SiteAssessmentReport, @Ctx() ctx: HubContext): Promise<Department | null> {
    return byId(ctx, DepartmentEntity, Department.from).load(r.filedBy);
  }
}

/** A site's reports, oldest first: the site's life cycle as filed. */
@Resolver(() => ContaminatedSite)
export class SiteAssessmentReportsResolver {
  @FieldResolver(() => [SiteAssessmentReport], { nullable: true, description: '地块的调查评估报告（按备案顺序）' })
  assessmentReports(@Root() s: ContaminatedSite, @Ctx() ctx: HubContext): Promise<SiteAssessmentReport[]> {
    return manyBy(ctx, SiteAssessmentReportEntity, 'siteId', toAssessmentReport).load(Number(s.id));
  }
}
