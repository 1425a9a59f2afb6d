import type { HubModule } from '../registry/hub-module';
import { AlertEntity } from './alerts/alert.entity';
import { AlertResolver } from './alerts/alert.resolver';
import { PriorityAreaBaselineEntity } from './alerts/priority-area-baseline.entity';
import { ApprovalCheckEntity } from './approval/approval-check.entity';
import { ApprovalGateResolver } from './approval/approval-gate.resolver';
import { ConstructionLandCheckResolver } from './construction/construction-land-check.resolver';
import { decisionArguments, decisionCatalog } from './decision.catalog';
import { FarmlandAssessmentResolver } from './farmland/farmland-assessment.resolver';
import { CountyRestrictionEntity } from './restrictions/county-restriction.entity';
import { CountyRestrictionResolver } from './restrictions/county-restriction.resolver';

/** 决策支持：耕地类别、建设用地准入、联动监管和预警. */
export const decisionModule: HubModule = {
  name: 'decision',
  entities: [ApprovalCheckEntity, AlertEntity, PriorityAreaBaselineEntity, CountyRestrictionEntity],
  resolvers: [FarmlandAssessmentResolver, ConstructionLandCheckResolver, ApprovalGateResolver, AlertResolver, CountyRestrictionResolver],
  resources: decisionCatalog,
  argumentItems: decisionArguments,
  publicQueries: ['countyRestrictions'],
  locators: {
    ConstructionLandCheck: { query: 'constructionLandCheck(parcel: "%PARCEL_WITH_SITE_SAMPLES%") { %s }', path: [] },
    ConstructionItemResult: { query: 'constructionLandCheck(parcel: "%PARCEL_WITH_SITE_SAMPLES%") { items { %s } }', path: ['items', 0] },
    Alert: { query: 'alerts(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    FarmlandAssessment: { query: 'farmlandAssessments(county: "文安县", first: 1) { nodes { %s } }', path: ['nodes', 0] },
    FarmlandItemResult: { query: 'farmlandAssessments(county: "文安县", first: 1) { nodes { items { %s } } }', path: ['nodes', 0, 'items', 0] },
    FarmlandClassChange: { query: 'farmlandAssessments(county: "文安县", first: 1) { nodes { history { %s } } }', path: ['nodes', 0, 'history', 0] },
    ApprovalDecision: { query: 'approvalChecks(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    CountyRestriction: { query: 'countyRestrictions { %s }', path: [0] },
    ApprovalReason: { query: 'approvalChecks(first: 1) { nodes { reasons { %s } } }', path: ['nodes', 0, 'reasons', 0] },
  },
};
