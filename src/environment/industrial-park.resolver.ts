import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { IndustrialParkConnection } from './industrial-park.connection';
import { IndustrialParkEntity } from './industrial-park.entity';
import { IndustrialPark, toPark } from './industrial-park.type';
import { KeyEnterpriseEntity } from './key-enterprise.entity';
import { KeyEnterprise, toEnterprise } from './key-enterprise.type';

@Resolver(() => IndustrialPark)
export class IndustrialParkResolver {
  @Query(() => IndustrialParkConnection, { description: '重点工业园区清单（附表2，按序号）' })
  industrialParks(@Args() args: ConnectionArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<IndustrialParkConnection> {
    return list(ctx, IndustrialParkEntity, args, {
      sort: [{ expr: 'COALESCE(e.seq, 2147483647)', value: (r) => r.seq ?? 2147483647 }],
      toNode: toPark,
      info,
      make: () => new IndustrialParkConnection(),
    });
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区（“廊坊市区”为空）' })
  county(@Root() p: IndustrialPark, @Ctx() ctx: HubContext): Promise<County | null> {
    return p.countyId === null ? Promise.resolve(null) : byId(ctx, CountyEntity, County.from).load(p.countyId);
  }

  @FieldResolver(() => [KeyEnterprise], { nullable: true, description: '园区内的重点监管企业' })
  enterprises(@Root() p: IndustrialPark, @Ctx() ctx: HubContext): Promise<KeyEnterprise[]> {
    return manyBy(ctx, KeyEnterpriseEntity, 'parkId', toEnterprise).load(Number(p.id));
  }
}
