import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DesignatedCountyResolver } from '../agriculture/designated-county.resolver';
import { AuditDaySummaryResolver, AuditResolver } from '../audit/audit.resolver';
import { AgriProductSampleResolver, FarmlandRecordsResolver } from '../agriculture/farmland-records.resolver';
import { CountyAgricultureResolver, FarmlandUnitResolver } from '../agriculture/farmland-unit.resolver';
import { ContaminatedSiteResolver } from '../environment/contaminated-site.resolver';
import { CountyEnvironmentResolver } from '../environment/county-environment.resolver';
import { HazardousWasteFacilityResolver } from '../environment/hazardous-waste-facility.resolver';
import { IndustrialParkResolver } from '../environment/industrial-park.resolver';
import { KeyEnterpriseResolver } from '../environment/key-enterprise.resolver';
import { MeasurementResolver } from '../environment/measurement.resolver';
import { MonitoringPointResolver } from '../environment/monitoring-point.resolver';
import { RemediationProjectResolver, SiteRemediationResolver } from '../environment/remediation-project.resolver';
import { SiteRegisterResolver } from '../environment/site-register.resolver';
import { SoilQualitySummaryResolver } from '../environment/soil-quality-summary.resolver';
import { DisclosureIndexResolver } from '../disclosure/disclosure-index.resolver';
import { SoilSampleResolver } from '../environment/soil-sample.resolver';
import { SoilSampleSubmissionResolver } from '../environment/soil-sample.submission';
import { SiteStatusSubmissionResolver } from '../environment/site-status.submission';
import { ChangeFeedResolver } from '../submission/change-feed.resolver';
import { FarmlandClassSubmissionResolver } from '../agriculture/farmland-class.submission';
import { TaskProgressSubmissionResolver } from '../plan/task-progress.submission';
import { LandTransactionSubmissionResolver } from '../land/land-transaction.submission';
import { PlannedUseSubmissionResolver } from '../planning/planned-use.submission';
import { CountyLandResolver, LandParcelResolver } from '../land/land-parcel.resolver';
import { LandTransactionResolver, ParcelRecordsResolver } from '../land/land-records.resolver';
import { DepartmentTasksResolver } from '../plan/department-tasks.resolver';
import { PlanTaskResolver } from '../plan/plan-task.resolver';
import { PlanTaskProgressResolver, TaskProgressResolver } from '../plan/task-progress.resolver';
import { ConstructionProjectResolver, PlanningPermitResolver } from '../planning/construction-records.resolver';
import { PlannedLandUseResolver } from '../planning/planned-land-use.resolver';
import { AnalyteResolver } from '../reference/analyte.resolver';
import { CountyResolver } from '../reference/county.resolver';
import { DepartmentResolver } from '../reference/department.resolver';
import { CatalogItemResolver, CatalogResolver } from '../sharing/catalog/catalog.resolver';
import { AccessGrantResolver, AccessRequestResolver } from '../sharing/grants/access-request.resolver';

import { AlertResolver } from '../decision/alerts/alert.resolver';
import { ApprovalGateResolver } from '../decision/approval/approval-gate.resolver';
import { ConstructionLandCheckResolver } from '../decision/construction/construction-land-check.resolver';
import { FarmlandAssessmentResolver } from '../decision/farmland/farmland-assessment.resolver';

/** The department-facing schema: one graph over every domain; each domain lists its resolvers here. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      CountyResolver,
      DepartmentResolver,
      AnalyteResolver,
      MonitoringPointResolver,
      SoilSampleResolver,
      SoilQualitySummaryResolver,
      SiteRegisterResolver,
      DisclosureIndexResolver,
      MeasurementResolver,
      ContaminatedSiteResolver,
      IndustrialParkResolver,
      HazardousWasteFacilityResolver,
      KeyEnterpriseResolver,
      CountyEnvironmentResolver,
      RemediationProjectResolver,
      SiteRemediationResolver,
      FarmlandUnitResolver,
      CountyAgricultureResolver,
      DesignatedCountyResolver,
      AgriProductSampleResolver,
      FarmlandRecordsResolver,
      LandParcelResolver,
      CountyLandResolver,
      LandTransactionResolver,
      ParcelRecordsResolver,
      PlannedLandUseResolver,
      ConstructionProjectResolver,
      PlanningPermitResolver,
      PlanTaskResolver,
      DepartmentTasksResolver,
      PlanTaskProgressResolver,
      TaskProgressResolver,
      CatalogResolver,
      CatalogItemResolver,
      AccessRequestResolver,
      AccessGrantResolver,
      AuditResolver,
      AuditDaySummaryResolver,
      SoilSampleSubmissionResolver,
      SiteStatusSubmissionResolver,
      ChangeFeedResolver,
      FarmlandClassSubmissionResolver,
      TaskProgressSubmissionResolver,
      LandTransactionSubmissionResolver,
      PlannedUseSubmissionResolver,
      FarmlandAssessmentResolver,
      ConstructionLandCheckResolver,
      ApprovalGateResolver,
      AlertResolver,
    ],
    emitSchemaFile: false,
  });
}
