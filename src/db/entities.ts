import { AlertEntity } from '../decision/alerts/alert.entity';
import { PriorityAreaBaselineEntity } from '../decision/alerts/priority-area-baseline.entity';
import { ApprovalCheckEntity } from '../decision/approval/approval-check.entity';
import { ChangeEventEntity } from '../submission/change-event.entity';
import { SubmissionEntity } from '../submission/submission.entity';
import { AuditRecordEntity } from '../audit/audit-record.entity';
import { ApiKeyEntity } from '../sharing/identity/api-key.entity';
import { CatalogItemEntity } from '../sharing/catalog/catalog-item.entity';
import { CatalogResourceEntity } from '../sharing/catalog/catalog-resource.entity';
import { CatalogVersionEntity } from '../sharing/catalog/catalog-version.entity';
import { AccessGrantEntity } from '../sharing/grants/access-grant.entity';
import { AccessRequestEntity } from '../sharing/grants/access-request.entity';
import { CalendarDayEntity } from '../sharing/grants/calendar-day.entity';
import { RequestEventEntity } from '../sharing/grants/request-event.entity';
import { AgriProductSampleEntity } from '../agriculture/agri-product-sample.entity';
import { IrrigationWaterSampleEntity } from '../agriculture/irrigation-water-sample.entity';
import { ProhibitedZoneEntity } from '../agriculture/prohibited-zone.entity';
import { SafeUseMeasureEntity } from '../agriculture/safe-use-measure.entity';
import { RemediationEvaluationEntity } from '../environment/remediation-evaluation.entity';
import { RemediationProgressReportEntity } from '../environment/remediation-progress-report.entity';
import { RemediationProjectEntity } from '../environment/remediation-project.entity';
import { SelfMonitoringReportEntity } from '../environment/self-monitoring-report.entity';
import { LandTransactionEntity } from '../land/land-transaction.entity';
import { TaskProgressReportEntity } from '../plan/task-progress-report.entity';
import { ConstructionProjectEntity } from '../planning/construction-project.entity';
import { PlanningPermitEntity } from '../planning/planning-permit.entity';
import { DesignatedCountyFigureEntity } from '../agriculture/designated-county-figure.entity';
import { DesignatedCountyEntity } from '../agriculture/designated-county.entity';
import { FarmlandUnitEntity } from '../agriculture/farmland-unit.entity';
import { ContaminatedSiteEntity } from '../environment/contaminated-site.entity';
import { HazardousWasteFacilityEntity } from '../environment/hazardous-waste-facility.entity';
import { IndustrialParkEntity } from '../environment/industrial-park.entity';
import { KeyEnterpriseEntity } from '../environment/key-enterprise.entity';
import { MeasurementEntity } from '../environment/measurement.entity';
import { MonitoringPointEntity } from '../environment/monitoring-point.entity';
import { SoilSampleEntity } from '../environment/soil-sample.entity';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { PlanTargetEntity } from '../plan/plan-target.entity';
import { PlanTaskDepartmentEntity } from '../plan/plan-task-department.entity';
import { PlanTaskEntity } from '../plan/plan-task.entity';
import { PlannedLandUseEntity } from '../planning/planned-land-use.entity';
import { AnalyteEntity } from '../reference/analyte.entity';
import { CountyEntity } from '../reference/county.entity';
import { DepartmentEntity } from '../reference/department.entity';
import { Gb15618ThresholdEntity } from '../reference/gb15618-threshold.entity';
import { Gb36600ThresholdEntity } from '../reference/gb36600-threshold.entity';

/** Every stored entity; TypeORM is given this list, never a glob. */
export const entities = [
  CountyEntity,
  DepartmentEntity,
  AnalyteEntity,
  Gb15618ThresholdEntity,
  Gb36600ThresholdEntity,
  IndustrialParkEntity,
  HazardousWasteFacilityEntity,
  KeyEnterpriseEntity,
  ContaminatedSiteEntity,
  MonitoringPointEntity,
  SoilSampleEntity,
  MeasurementEntity,
  FarmlandUnitEntity,
  DesignatedCountyEntity,
  DesignatedCountyFigureEntity,
  LandParcelEntity,
  PlannedLandUseEntity,
  PlanTargetEntity,
  PlanTaskEntity,
  PlanTaskDepartmentEntity,
  SelfMonitoringReportEntity,
  RemediationProjectEntity,
  RemediationProgressReportEntity,
  RemediationEvaluationEntity,
  AgriProductSampleEntity,
  IrrigationWaterSampleEntity,
  SafeUseMeasureEntity,
  ProhibitedZoneEntity,
  LandTransactionEntity,
  ConstructionProjectEntity,
  PlanningPermitEntity,
  TaskProgressReportEntity,
  ApiKeyEntity,
  CatalogResourceEntity,
  CatalogItemEntity,
  CatalogVersionEntity,
  AccessRequestEntity,
  AccessGrantEntity,
  RequestEventEntity,
  CalendarDayEntity,
  AuditRecordEntity,
  ChangeEventEntity,
  SubmissionEntity,
  ApprovalCheckEntity,
  AlertEntity,
  PriorityAreaBaselineEntity,
];
