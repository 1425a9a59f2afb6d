import type { HubModule } from '../registry/hub-module';
import { BackgroundValueEntity } from './background-value.entity';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSiteVersionEntity } from './contaminated-site-version.entity';
import { InvestigationNoticeEntity } from './investigation-notice.entity';
import { InvestigationNoticeResolver } from './investigation-notice.resolver';
import { SiteAssessmentReportEntity } from './site-assessment-report.entity';
import { ContaminatedSiteResolver } from './contaminated-site.resolver';
import { CountyEnvironmentResolver } from './county-environment.resolver';
import { environmentArguments, environmentCatalog } from './environment.catalog';
import { HazardousWasteFacilityEntity } from './hazardous-waste-facility.entity';
import { HazardousWasteFacilityResolver } from './hazardous-waste-facility.resolver';
import { IndustrialParkEntity } from './industrial-park.entity';
import { IndustrialParkResolver } from './industrial-park.resolver';
import { KeyEnterpriseEntity } from './key-enterprise.entity';
import { KeyEnterpriseResolver } from './key-enterprise.resolver';
import { MeasurementEntity } from './measurement.entity';
import { MeasurementResolver } from './measurement.resolver';
import { MonitoringPointEntity } from './monitoring-point.entity';
import { MonitoringPointResolver } from './monitoring-point.resolver';
import { RemediationEvaluationEntity } from './remediation-evaluation.entity';
import { RemediationProgressReportEntity } from './remediation-progress-report.entity';
import { RemediationProjectEntity } from './remediation-project.entity';
import { RemediationProjectResolver, SiteRemediationResolver } from './remediation-project.resolver';
import { SelfMonitoringReportEntity } from './self-monitoring-report.entity';
import { SiteRegisterResolver } from './site-register.resolver';
import { SiteStatusSubmissionResolver } from './site-status.submission';
import { SoilQualitySummaryResolver } from './soil-quality-summary.resolver';
import { SoilSampleEntity } from './soil-sample.entity';
import { SoilSampleResolver } from './soil-sample.resolver';
import { SoilSampleSubmissionResolver } from './soil-sample.submission';
import { MonitoringPointSubmissionResolver } from './monitoring-point.submission';
import { ContaminatedSiteSubmissionResolver } from './contaminated-site.submission';
import { BackgroundValueResolver } from './background-value.resolver';
import { SiteAssessmentReportResolver, SiteAssessmentReportsResolver } from './site-assessment-report.resolver';
import { SiteAssessmentReportSubmissionResolver } from './site-assessment-report.submission';

/** 环境保护部门：监测、污染地块、污染源和治理修复. */
export const environmentModule: HubModule = {
  name: 'environment',
  entities: [
    IndustrialParkEntity,
    HazardousWasteFacilityEntity,
    KeyEnterpriseEntity,
    ContaminatedSiteEntity,
    MonitoringPointEntity,
    SoilSampleEntity,
    MeasurementEntity,
    SelfMonitoringReportEntity,
    RemediationProjectEntity,
    RemediationProgressReportEntity,
    RemediationEvaluationEntity,
    SiteAssessmentReportEntity,
    BackgroundValueEntity,
    ContaminatedSiteVersionEntity,
    InvestigationNoticeEntity,
  ],
  resolvers: [
    MonitoringPointResolver,
    SoilSampleResolver,
    SoilQualitySummaryResolver,
    SiteRegisterResolver,
    MeasurementResolver,
    ContaminatedSiteResolver,
    IndustrialParkResolver,
    HazardousWasteFacilityResolver,
    KeyEnterpriseResolver,
    CountyEnvironmentResolver,
    RemediationProjectResolver,
    SiteRemediationResolver,
    SoilSampleSubmissionResolver,
    SiteStatusSubmissionResolver,
    SiteAssessmentReportResolver,
    SiteAssessmentReportsResolver,
    SiteAssessmentReportSubmissionResolver,
    BackgroundValueResolver,
    MonitoringPointSubmissionResolver,
    ContaminatedSiteSubmissionResolver,
    InvestigationNoticeResolver,
  ],
  resources: environmentCatalog,
  argumentItems: environmentArguments,
  locators: {
    MonitoringPoint: { query: 'monitoringPoints(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    SoilSample: { query: 'soilSamples(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    Measurement: {
      query: 'soilSamples(first: 1, county: "文安县") { nodes { measurements(first: 1) { nodes { %s } } } }',
      path: ['nodes', 0, 'measurements', 'nodes', 0],
    },
    SoilQualitySummary: { query: 'soilQualitySummary(analyte: "Cd") { %s }', path: [0] },
    SiteRegisterChanges: { query: 'siteRegisterChanges(from: "2000-01-01", to: "2030-12-31") { %s }', path: [] },
    ContaminatedSite: { query: 'contaminatedSites(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    IndustrialPark: { query: 'industrialParks(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    HazardousWasteFacility: { query: 'hazardousWasteFacilities(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    KeyEnterprise: { query: 'keyEnterprises(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    SelfMonitoringReport: {
      query: 'keyEnterprises(first: 1, county: "文安县") { nodes { selfMonitoringReports { %s } } }',
      path: ['nodes', 0, 'selfMonitoringReports', 0],
    },
    RemediationProject: { query: 'remediationProjects(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    RemediationProgressReport: { query: 'remediationProjects(first: 1) { nodes { progressReports { %s } } }', path: ['nodes', 0, 'progressReports', 0] },
    SiteAssessmentReport: { query: 'assessmentReports(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    BackgroundValue: { query: 'backgroundValues { %s }', path: [0] },
    InvestigationNotice: { query: 'investigationNotices(first: 1) { nodes { %s } }', path: ['nodes', 0] },
    AssessmentTarget: { query: 'assessmentReports(first: 1, stage: RISK_ASSESSMENT) { nodes { targets { %s } } }', path: ['nodes', 0, 'targets', 0] },
    RemediationEvaluation: { query: 'remediationProjects(first: 1, status: ACCEPTED) { nodes { evaluations { %s } } }', path: ['nodes', 0, 'evaluations', 0] },
  },
  publicQueries: [
    'contaminatedSites',
    'contaminatedSite',
    'backgroundValues',
    'assessmentReports',
    'siteRegisterChanges',
    'siteRegister',
    'soilQualitySummary',
    'monitoringPoints',
    'keyEnterprises',
    'keyEnterprise',
    'remediationProjects',
    'industrialParks',
    'hazardousWasteFacilities',
  ],
};
