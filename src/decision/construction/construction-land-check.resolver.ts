import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { LandParcelEntity } from '../../land/land-parcel.entity';
import { scopedQuery } from '../../graphql/scoped-query';
import { BackgroundValueInput } from './background-value.input';
import { checkParcel, parseBackgrounds, parsePlannedUse, plannedUseOf } from './construction-land-check';
import { currentStateSince } from '../approval/site-state';
import { ConstructionLandCheck } from './construction-land-check.type';
import { COMPUTED_COST } from '../../graphql/limits/field-costs';

/** The parcel by its code, within the caller's scope. */
export function findParcel(ctx: HubContext, code: string): Promise<LandParcelEntity | null> {
  return scopedQuery(ctx, LandParcelEntity).andWhere('e.parcel_code = :code', { code }).getOne();
}

/** The same, where an unknown code is the caller's mistake (an approval must name a real parcel). */
export async function parcelByCode(ctx: HubContext, code: string): Promise<LandParcelEntity> {
  const parcel = await findParcel(ctx, code);
  if (!parcel) throw new HubError(ErrorCode.NOT_FOUND, `没有宗地代码为 ${code} 的宗地（或不在本县范围内）`, { details: { argument: 'parcel' } });
  return parcel;
}

@Resolver(() => ConstructionLandCheck)
export class ConstructionLandCheckResolver {
  @Query(() => ConstructionLandCheck, {
    complexity: COMPUTED_COST,
    nullable: true,
    description: '按 GB 36600-2018 筛查宗地是否符合规划用途的土壤环境质量要求；没有该宗地（或不在本县范围内）时为空',
  })
  async constructionLandCheck(
    @Arg('parcel', { description: '宗地代码' }) code: string,
    @Arg('plannedUse', () => String, { nullable: true, description: '规划用途（GB 50137 代码，如 R2、A33、M1）；缺省取宗地现行规划用途，未知按第一类用地' })
    plannedUse: string | null,
    @Arg('backgrounds', () => [BackgroundValueInput], {
      nullable: true,
      deprecationReason: '背景值由环保部门维护（setBackgroundValue），调用方给出的值不再采用',
      description: '已停用：仍校验，但不参与判定',
    })
    backgrounds: BackgroundValueInput[] | null,
    @Ctx() ctx: HubContext,
  ): Promise<ConstructionLandCheck | null> {
    const use = parsePlannedUse(plannedUse);
    parseBackgrounds(backgrounds);
    // The same check under several aliases runs once.
    return ctx.loaders.get(`constructionLandCheck:${JSON.stringify([code, use])}`, async () => {
      const parcel = await findParcel(ctx, code);
      if (!parcel) return null;
      return checkParcel(ctx, parcel, use ?? (await plannedUseOf(ctx, parcel.id))?.category ?? null, await currentStateSince(ctx, parcel));
    });
  }
}
