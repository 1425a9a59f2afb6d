import { conditional, each, PUBLIC, shared, type ArgumentItems, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { HazardousWasteFacilityEntity } from './hazardous-waste-facility.entity';
import { IndustrialParkEntity } from './industrial-park.entity';
import { KeyEnterpriseEntity } from './key-enterprise.entity';
import { MeasurementEntity } from './measurement.entity';
import { MonitoringPointEntity } from './monitoring-point.entity';
import { RemediationEvaluationEntity } from './remediation-evaluation.entity';
import { RemediationProgressReportEntity } from './remediation-progress-report.entity';
import { RemediationProjectEntity } from './remediation-project.entity';
import { SelfMonitoringReportEntity } from './self-monitoring-report.entity';
import { SoilSampleEntity } from './soil-sample.entity';

const base = { domain: 'environment' as const, provider: 'environment' };
const POINT_COUNTY = '(SELECT p.county_id FROM monitoring_point p WHERE p.id = e.point_id)';

export const environmentCatalog: ResourceDeclaration[] = [
  {
    ...base, typeName: 'MonitoringPoint', entity: MonitoringPointEntity, code: 'LF.02.0001', name: '土壤环境监测点位',
    classification: '土壤环境/环境监测', abstract: '国控、省控、农用地、重点企业周边、工业园区、饮用水水源地和地块调查点位。', updateCycle: '每年',
    related: ['LF.02.0002'], countySql: 'e.county_id', countyField: 'countyId',
    items: {
      ...each('id code name pointType landUse establishedOn source county', shared(PUBLIC.FULL)),
      ...each('farmlandUnit site samples', shared()),
      ...each('longitude latitude geometry', conditional('精确坐标仅用于监测、调查和监管，须说明用途', PUBLIC.GENERALISED)),
    },
  },
  {
    ...base, typeName: 'SoilSample', entity: SoilSampleEntity, code: 'LF.02.0002', name: '土壤样品', classification: '土壤环境/环境监测',
    abstract: '点位上采集的土壤样品：采样日期、深度和 pH。', updateCycle: '实时', related: ['LF.02.0003'], countySql: POINT_COUNTY,
    items: { ...each('id code sampledOn depthTopCm depthBottomCm ph source point measurements', shared(PUBLIC.AGGREGATE_ONLY)) },
  },
  {
    ...base, typeName: 'Measurement', entity: MeasurementEntity, code: 'LF.02.0003', name: '土壤样品测定值', classification: '土壤环境/环境监测',
    abstract: '样品中各监测项目的测定值（mg/kg）。', updateCycle: '实时',
    countySql: '(SELECT p.county_id FROM soil_sample s JOIN monitoring_point p ON p.id = s.point_id WHERE s.id = e.sample_id)',
    items: each('id value unit belowDetection source analyte sample', shared(PUBLIC.AGGREGATE_ONLY)),
  },
  {
    ...base, typeName: 'SoilQualitySummary', entity: MeasurementEntity, derived: true, code: 'LF.02.0012', name: '土壤环境质量统计', classification: '土壤环境/环境质量',
    abstract: '按县、年份汇总的样品数和超筛选值比例（方案第（四十二）条定期公布土壤环境质量状况）。', updateCycle: '实时',
    related: ['LF.02.0003'], countySql: '(SELECT p.county_id FROM soil_sample s JOIN monitoring_point p ON p.id = s.point_id WHERE s.id = e.sample_id)',
    items: each('year samples exceedances exceedanceRate basis county analyte', shared(PUBLIC.FULL)),
  },
  {
    ...base, typeName: 'SiteRegisterChanges', entity: ContaminatedSiteEntity, derived: true, code: 'LF.02.0013', name: '污染地块名录变化',
    classification: '土壤环境/污染地块', abstract: '一段时间内新列入和移出污染地块名录的地块。', updateCycle: '动态更新', related: ['LF.02.0004'],
    items: each('from to added removed', shared(PUBLIC.FULL)),
  },
  {
    ...base, typeName: 'ContaminatedSite', entity: ContaminatedSiteEntity, code: 'LF.02.0004', name: '疑似污染地块和污染地块名录',
    classification: '土壤环境/污染地块', abstract: '疑似污染地块清单与污染地块名录（附表3 为首批），含状态、风险等级和用途限制。', updateCycle: '动态更新',
    related: ['LF.02.0009', 'LF.04.0001'], countySql: 'e.county_id', countyField: 'countyId',
    // The public sees the register (方案第（六）条), not the suspected list still under investigation.
    publicRowsSql: "e.status NOT IN ('suspected', 'investigated')",
    items: {
      ...each('id code name status riskLevel areaM2 formerIndustry disallowedUses origin listedOn removedOn planReference source county', shared(PUBLIC.FULL)),
      landUseHolder: conditional('土地使用权人信息用于土地供应、收回和责任认定', PUBLIC.MASKED),
      ...each('monitoringPoints parcels', shared()),
      remediationProjects: shared(PUBLIC.FULL),
    },
  },
  {
    ...base, typeName: 'IndustrialPark', entity: IndustrialParkEntity, code: 'LF.02.0005', name: '重点工业园区', classification: '土壤环境/污染源',
    abstract: '附表2 重点工业园区清单。', updateCycle: '按需', countySql: 'e.county_id', countyField: 'countyId',
    items: { ...each('id seq name level locationText areaKm2 source county', shared(PUBLIC.FULL)), enterprises: shared() },
  },
  {
    ...base, typeName: 'HazardousWasteFacility', entity: HazardousWasteFacilityEntity, code: 'LF.02.0006', name: '危险废物处理处置企业',
    classification: '土壤环境/污染源', abstract: '附表4 危险废物（含医疗废物）处理处置企业清单。', updateCycle: '按需', countySql: 'e.county_id', countyField: 'countyId',
    items: each('id seq name facilityType disposalMethod source county', shared(PUBLIC.FULL)),
  },
  {
    ...base, typeName: 'KeyEnterprise', entity: KeyEnterpriseEntity, code: 'LF.02.0007', name: '土壤环境重点监管企业', classification: '土壤环境/污染源',
    abstract: '重点监管企业名单、状态、环境信用评价、责任书签订和强制责任保险投保情况。', updateCycle: '每年',
    related: ['LF.02.0008'], countySql: 'e.county_id', countyField: 'countyId',
    items: {
      ...each('id creditCode name industry status creditRating responsibilityLetterSigned source county selfMonitoringReports', shared(PUBLIC.FULL)),
      park: shared(),
      liabilityInsurance: conditional('用于绿色信贷、保险和信用监管'),
    },
  },
  {
    ...base, typeName: 'SelfMonitoringReport', entity: SelfMonitoringReportEntity, code: 'LF.02.0008', name: '重点监管企业土壤自行监测报告',
    classification: '土壤环境/企业自行监测', abstract: '企业年度自行监测结果，向社会公开。', updateCycle: '每年',
    countySql: '(SELECT k.county_id FROM key_enterprise k WHERE k.id = e.enterprise_id)',
    publicRowsSql: 'e.disclosed_on IS NOT NULL',
    items: each('id year reportedOn exceeded summary disclosedOn source', shared(PUBLIC.FULL)),
  },
  {
    ...base, typeName: 'RemediationProject', entity: RemediationProjectEntity, code: 'LF.02.0009', name: '治理与修复工程', classification: '土壤环境/治理修复',
    abstract: '污染地块风险管控和治理修复工程。', updateCycle: '每半年', countySql: '(SELECT s.county_id FROM contaminated_site s WHERE s.id = e.site_id)',
    items: {
      ...each('id code name kind status startedOn plannedEndOn contractor source progressReports evaluations', shared(PUBLIC.FULL)),
      site: shared(PUBLIC.FULL),
      investmentWanYuan: conditional('用于资金安排和绩效评价（财政部门）'),
    },
  },
  {
    ...base, typeName: 'RemediationProgressReport', entity: RemediationProgressReportEntity, code: 'LF.02.0010', name: '治理修复工程进展',
    classification: '土壤环境/治理修复', abstract: '工程每半年进展报告。', updateCycle: '每半年',
    countySql: '(SELECT s.county_id FROM remediation_project r JOIN contaminated_site s ON s.id = r.site_id WHERE r.id = e.project_id)',
    items: each('id period reportedOn progressPercent summary source', shared(PUBLIC.FULL)),
  },
  {
    ...base, typeName: 'RemediationEvaluation', entity: RemediationEvaluationEntity, code: 'LF.02.0011', name: '治理修复效果评估',
    classification: '土壤环境/治理修复', abstract: '第三方机构对治理修复效果的评估结论，向社会公开。', updateCycle: '按项目',
    countySql: '(SELECT s.county_id FROM remediation_project r JOIN contaminated_site s ON s.id = r.site_id WHERE r.id = e.project_id)',
    items: each('id evaluator evaluatedOn passed conclusion source', shared(PUBLIC.FULL)),
  },
];

export const environmentArguments: ArgumentItems = {
  'Query.monitoringPoints': { county: ['MonitoringPoint.county'], pointType: ['MonitoringPoint.pointType'], source: ['MonitoringPoint.source'] },
  'Query.monitoringPoint': { id: ['MonitoringPoint.id'], code: ['MonitoringPoint.code'] },
  'Query.soilSamples': {
    county: ['SoilSample.point', 'MonitoringPoint.county'], sampledFrom: ['SoilSample.sampledOn'], sampledTo: ['SoilSample.sampledOn'],
    analyte: ['SoilSample.measurements', 'Measurement.analyte'], valueAbove: ['SoilSample.measurements', 'Measurement.value'], orderBy: ['SoilSample.sampledOn'],
  },
  'Query.soilSample': { id: ['SoilSample.id'], code: ['SoilSample.code'] },
  'Query.measurements': {
    analyte: ['Measurement.analyte'], valueAbove: ['Measurement.value'], orderBy: ['Measurement.value'],
    county: ['Measurement.sample', 'SoilSample.point', 'MonitoringPoint.county'],
  },
  'Query.contaminatedSites': { county: ['ContaminatedSite.county'], status: ['ContaminatedSite.status'], riskLevel: ['ContaminatedSite.riskLevel'], orderBy: ['ContaminatedSite.code', 'ContaminatedSite.areaM2'] },
  'Query.contaminatedSite': { id: ['ContaminatedSite.id'], code: ['ContaminatedSite.code'] },
  'Query.keyEnterprises': { county: ['KeyEnterprise.county'], status: ['KeyEnterprise.status'], creditRating: ['KeyEnterprise.creditRating'] },
  'Query.keyEnterprise': { id: ['KeyEnterprise.id'], creditCode: ['KeyEnterprise.creditCode'] },
  'Query.soilQualitySummary': { analyte: ['SoilQualitySummary.analyte'], year: ['SoilQualitySummary.year'] },
  'Query.siteRegisterChanges': { from: ['ContaminatedSite.listedOn', 'ContaminatedSite.removedOn'], to: ['ContaminatedSite.listedOn', 'ContaminatedSite.removedOn'] },
  'Query.remediationProjects': { county: ['RemediationProject.site', 'ContaminatedSite.county'], status: ['RemediationProject.status'] },
  'County.monitoringPoints': { pointType: ['MonitoringPoint.pointType'] },
  'County.contaminatedSites': { status: ['ContaminatedSite.status'] },
  'County.keyEnterprises': { creditRating: ['KeyEnterprise.creditRating'] },
  'FarmlandUnit.monitoringPoints': { pointType: ['MonitoringPoint.pointType'] },
  'ContaminatedSite.monitoringPoints': { pointType: ['MonitoringPoint.pointType'] },
  'MonitoringPoint.samples': { sampledFrom: ['SoilSample.sampledOn'], sampledTo: ['SoilSample.sampledOn'], orderBy: ['SoilSample.sampledOn'] },
  'SoilSample.measurements': { analyte: ['Measurement.analyte'] },
};
