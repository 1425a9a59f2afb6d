import type { HubModule } from '../registry/hub-module';
import { ConstructionProjectEntity } from './construction-project.entity';
import { ConstructionProjectResolver, PlanningPermitResolver } from './construction-records.resolver';
import { PlannedLandUseEntity } from './planned-land-use.entity';
import { PlannedLandUseResolver } from './planned-land-use.resolver';
import { PlannedUseSubmissionResolver } from './planned-use.submission';
import { PermitSubmissionResolver } from './permit.submission';
import { PlanningPermitEntity } from './planning-permit.entity';
import { planningCatalog } from './planning.catalog';

/** 规划和住房城乡建设部门：规划用途、许可和建设项目. */
export const planningModule: HubModule = {
  name: 'planning',
  entities: [PlannedLandUseEntity, ConstructionProjectEntity, PlanningPermitEntity],
  resolvers: [PlannedLandUseResolver, ConstructionProjectResolver, PlanningPermitResolver, PlannedUseSubmissionResolver, PermitSubmissionResolver],
  resources: planningCatalog,
  locators: {
    PlannedLandUse: { query: 'landParcels(first: 1, county: "文安县") { nodes { plannedUses { %s } } }', path: ['nodes', 0, 'plannedUses', 0] },
    PlanningPermit: { query: 'landParcel(parcelCode: "%PARCEL_WITH_PERMIT%") { permits { %s } }', path: ['permits', 0] },
    ConstructionProject: { query: 'landParcel(parcelCode: "%PARCEL_WITH_PERMIT%") { constructionProjects { %s } }', path: ['constructionProjects', 0] },
  },
};
