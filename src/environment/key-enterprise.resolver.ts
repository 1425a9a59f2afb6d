import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { countyIdOf } from '../reference/county-key';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { EnterpriseLookupArgs, KeyEnterprisesArgs } from './environment.args';
import { IndustrialParkEntity } from './industrial-park.entity';
import { IndustrialPark, toPark } from './industrial-park.type';
import { KeyEnterpriseConnection } from './key-enterprise.connection';
import { KeyEnterpriseEntity } from './key-enterprise.entity';
import { KeyEnterprise, toEnterprise } from './key-enterprise.type';
import { SelfMonitoringReportEntity } from './self-monitoring-report.entity';
import { SelfMonitoringReport, toSelfMonitoringReport } from './self-monitoring-report.type';

@Resolver(() => KeyEnterprise)
export class KeyEnterpriseResolver {
  @Query(() => KeyEnterpriseConnection, { description: '土壤环境重点监管企业列表' })
  async keyEnterprises(@Args() args: KeyEnterprisesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<KeyEnterpriseConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, KeyEnterpriseEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.status) qb.andWhere('e.status = :status', { status: a.status });
        if (a.creditRating) qb.andWhere('e.credit_rating = :creditRating', { creditRating: a.creditRating });
      },
      sort: [{ expr: 'e.credit_code', value: (r) => r.creditCode }],
      toNode: toEnterprise,
      info,
      make: () => new KeyEnterpriseConnection(),
    });
  }

  @Query(() => KeyEnterprise, { nullable: true, description: '按标识或统一社会信用代码查找企业' })
  keyEnterprise(@Args() args: EnterpriseLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<KeyEnterprise | null> {
    return findOne(ctx, KeyEnterpriseEntity, lookupKey(args), toEnterprise, parseId, info);
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() e: KeyEnterprise, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(e.countyId);
  }

  @FieldResolver(() => IndustrialPark, { nullable: true, description: '所在工业园区' })
  park(@Root() e: KeyEnterprise, @Ctx() ctx: HubContext): Promise<IndustrialPark | null> {
    return e.parkId === null ? Promise.resolve(null) : byId(ctx, IndustrialParkEntity, toPark).load(e.parkId);
  }

  @FieldResolver(() => [SelfMonitoringReport], { nullable: true, description: '年度土壤自行监测报告' })
  selfMonitoringReports(@Root() e: KeyEnterprise, @Ctx() ctx: HubContext): Promise<SelfMonitoringReport[]> {
    return manyBy(ctx, SelfMonitoringReportEntity, 'enterpriseId', toSelfMonitoringReport).load(Number(e.id));
  }
}
