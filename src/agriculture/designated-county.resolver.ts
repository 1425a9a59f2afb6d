import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { DesignatedCountiesArgs } from './agriculture.args';
import { DesignatedCountyFigureEntity } from './designated-county-figure.entity';
import { DesignatedCountyEntity } from './designated-county.entity';
import { DesignatedCounty, DesignatedCountyFigure, toDesignatedCounty, toFigure } from './designated-county.type';

@Resolver(() => DesignatedCounty)
export class DesignatedCountyResolver {
  @Query(() => [DesignatedCounty], { description: '产粮大县、蔬菜产业重点县、生猪调出大县（附表5，按类别和序号）' })
  async designatedCounties(@Args() args: DesignatedCountiesArgs, @Ctx() ctx: HubContext): Promise<DesignatedCounty[]> {
    const rows = await ctx.db.getRepository(DesignatedCountyEntity).find({
      where: args.designation ? { designation: args.designation } : {},
      order: { designation: 'ASC', seq: 'ASC' },
    });
    return rows.map(toDesignatedCounty);
  }

  @FieldResolver(() => County, { nullable: true, description: '县级行政区' })
  county(@Root() d: DesignatedCounty, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(d.countyId);
  }

  @FieldResolver(() => [DesignatedCountyFigure], { nullable: true, description: '附表中的数字（按原表顺序）' })
  figures(@Root() d: DesignatedCounty, @Ctx() ctx: HubContext): Promise<DesignatedCountyFigure[]> {
    return manyBy(ctx, DesignatedCountyFigureEntity, 'designatedCountyId', toFigure).load(Number(d.id));
  }
}
