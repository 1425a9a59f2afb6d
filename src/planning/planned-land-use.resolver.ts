import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { byId } from '../graphql/relations/by-id.loader';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { LandParcel, toParcel } from '../land/land-parcel.type';
import { PlannedLandUse } from './planned-land-use.type';

@Resolver(() => PlannedLandUse)
export class PlannedLandUseResolver {
  @FieldResolver(() => LandParcel, { nullable: true, description: '宗地' })
  parcel(@Root() u: PlannedLandUse, @Ctx() ctx: HubContext): Promise<LandParcel | null> {
    return byId(ctx, LandParcelEntity, toParcel).load(u.parcelId);
  }
}
