import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { HazardousWasteFacilityConnection } from './hazardous-waste-facility.connection';
import { HazardousWasteFacilityEntity } from './hazardous-waste-facility.entity';
import { HazardousWasteFacility, toWasteFacility } from './hazardous-waste-facility.type';

@Resolver(() => HazardousWasteFacility)
export class HazardousWasteFacilityResolver {
  @Query(() => HazardousWasteFacilityConnection, { description: '危险废物（含医疗废物）处理处置企业清单（附表4，按序号）' })
  hazardousWasteFacilities(@Args() args: ConnectionArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<HazardousWasteFacilityConnection> {
    return list(ctx, HazardousWasteFacilityEntity, args, {
      sort: [{ expr: 'COALESCE(e.seq, 2147483647)', value: (r) => r.seq ?? 2147483647 }],
      toNode: toWasteFacility,
      info,
      make: () => new HazardousWasteFacilityConnection(),
    });
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() f: HazardousWasteFacility, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(f.countyId);
  }
}
