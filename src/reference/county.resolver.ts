import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { paginate } from '../graphql/pagination/paginate';
import { CountiesArgs, CountyLookupArgs } from './county.args';
import { CountyConnection } from './county.connection';
import { CountyEntity } from './county.entity';
import { County } from './county.type';
import { Department } from './department.type';
import { governmentByCountyId } from './reference.loaders';

@Resolver(() => County)
export class CountyResolver {
  @Query(() => CountyConnection, { description: '县级行政区列表（按行政区划代码排序，廊坊开发区在最后）' })
  counties(@Args() args: CountiesArgs, @Ctx() ctx: HubContext): Promise<CountyConnection> {
    const qb = ctx.db.getRepository(CountyEntity).createQueryBuilder('c');
    if (args.kind) qb.andWhere('c.kind = :kind', { kind: args.kind });
    return paginate(qb, args, ctx, [{ expr: 'c.id', value: (r) => r.id }], County.from, () => new CountyConnection());
  }

  @Query(() => County, { nullable: true, description: '按标识、行政区划代码或名称查找一个县级行政区' })
  async county(@Args() args: CountyLookupArgs, @Ctx() ctx: HubContext): Promise<County | null> {
    const [key, value] = lookupKey(args);
    const repo = ctx.db.getRepository(CountyEntity);
    const row = await repo.findOneBy(key === 'id' ? { id: parseId(value) } : { [key]: value });
    return row ? County.from(row) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: '本县（市、区）人民政府或开发区管委会' })
  government(@Root() county: County, @Ctx() ctx: HubContext): Promise<Department | null> {
    return governmentByCountyId(ctx).load(Number(county.id));
  }
}
