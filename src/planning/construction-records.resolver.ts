import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { LandParcel, toParcel } from '../land/land-parcel.type';
import { ConstructionProjectEntity } from './construction-project.entity';
import { ConstructionProject, PlanningPermit, toPermit, toProject } from './construction-records.type';
import { PlanningPermitEntity } from './planning-permit.entity';

@Resolver(() => ConstructionProject)
export class ConstructionProjectResolver {
  @FieldResolver(() => LandParcel, { nullable: true, description: '宗地' })
  parcel(@Root() p: ConstructionProject, @Ctx() ctx: HubContext): Promise<LandParcel | null> {
    return byId(ctx, LandParcelEntity, toParcel).load(p.parcelId);
  }

  @FieldResolver(() => [PlanningPermit], { nullable: true, description: '项目的规划许可' })
  permits(@Root() p: ConstructionProject, @Ctx() ctx: HubContext): Promise<PlanningPermit[]> {
    return manyBy(ctx, PlanningPermitEntity, 'projectId', toPermit).load(Number(p.id));
  }
}

@Resolver(() => PlanningPermit)
export class PlanningPermitResolver {
  @FieldResolver(() => LandParcel, { nullable: true, description: '宗地' })
  parcel(@Root() p: PlanningPermit, @Ctx() ctx: HubContext): Promise<LandParcel | null> {
    return byId(ctx, LandParcelEntity, toParcel).load(p.parcelId);
  }

  @FieldResolver(() => ConstructionProject, { nullable: true, description: '对应建设项目' })
  project(@Root() p: PlanningPermit, @Ctx() ctx: HubContext): Promise<ConstructionProject | null> {
    return p.projectId === null ? Promise.resolve(null) : byId(ctx, ConstructionProjectEntity, toProject).load(p.projectId);
  }
}
