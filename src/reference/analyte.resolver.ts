import type { GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { HubContext } from '../graphql/context';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { manyBy } from '../graphql/relations/many-by.loader';
import { toNode } from '../graphql/to-node';
import { AnalyteLookupArgs, AnalytesArgs } from './analyte.args';
import { AnalyteConnection } from './analyte.connection';
import { AnalyteEntity } from './analyte.entity';
import { Analyte, toAnalyte } from './analyte.type';
import { Gb15618ThresholdEntity } from './gb15618-threshold.entity';
import { FarmlandThreshold } from './gb15618-threshold.type';
import { Gb36600ThresholdEntity } from './gb36600-threshold.entity';
import { ConstructionLandThreshold } from './gb36600-threshold.type';

const toFarmland = toNode(FarmlandThreshold);
const toConstruction = toNode(ConstructionLandThreshold);

@Resolver(() => Analyte)
export class AnalyteResolver {
  @Query(() => AnalyteConnection, { description: '监测项目列表（先 GB 15618 项目，再 GB 36600 项目）' })
  analytes(@Args() args: AnalytesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<AnalyteConnection> {
    return list(ctx, AnalyteEntity, args, {
      filter: (qb, a) => {
        if (a.category) qb.andWhere('e.category = :category', { category: a.category });
        if (a.farmland !== null && a.farmland !== undefined) {
          qb.andWhere(`${a.farmland ? '' : 'NOT '}EXISTS (SELECT 1 FROM gb15618_threshold t WHERE t.analyte_id = e.id)`);
        }
      },
      toNode: toAnalyte,
      info,
      make: () => new AnalyteConnection(),
    });
  }

  @Query(() => Analyte, { nullable: true, description: '按标识或编码查找监测项目' })
  analyte(@Args() args: AnalyteLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<Analyte | null> {
    return findOne(ctx, AnalyteEntity, lookupKey(args), toAnalyte, parseId, info);
  }

  @FieldResolver(() => [FarmlandThreshold], { nullable: true, description: 'GB 15618-2018 的筛选值和管制值（非农用地项目为空列表）' })
  farmlandThresholds(@Root() analyte: Analyte, @Ctx() ctx: HubContext): Promise<FarmlandThreshold[]> {
    return manyBy(ctx, Gb15618ThresholdEntity, 'analyteId', toFarmland).load(Number(analyte.id));
  }

  @FieldResolver(() => ConstructionLandThreshold, { nullable: true, description: 'GB 36600-2018 的筛选值和管制值（非建设用地项目为空）' })
  constructionLandThreshold(@Root() analyte: Analyte, @Ctx() ctx: HubContext): Promise<ConstructionLandThreshold | null> {
    const loader = ctx.loaders.get(
      'constructionThresholdByAnalyte',
      () =>
        new DataLoader<number, ConstructionLandThreshold | null>(async (ids) => {
          const rows = await ctx.db.getRepository(Gb36600ThresholdEntity).findBy({ analyteId: In([...ids]) });
          const byAnalyte = new Map(rows.map((r) => [r.analyteId, toConstruction(r)]));
          return ids.map((id) => byAnalyte.get(id) ?? null);
        }),
    );
    return loader.load(Number(analyte.id));
  }
}
