import { CLASS_CONDITION, CROP_CONDITION } from '../agriculture/agriculture.catalog';
import { FarmlandUnitEntity } from '../agriculture/farmland-unit.entity';
import { MeasurementEntity } from '../environment/measurement.entity';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { conditional, each, shared, type ArgumentItems, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { AlertEntity } from './alerts/alert.entity';
import { ApprovalCheckEntity } from './approval/approval-check.entity';

/**
 * Decision support follows the rights of the data it is computed from: a farmland unit's assessed class is
 * released on the same condition as its decided class (and crop exceedances as the crop samples); the
 * comparisons of measured values, which are shared, are shared.
 */
export const decisionCatalog: ResourceDeclaration[] = [
  {
    typeName: 'ConstructionLandCheck',
    entity: LandParcelEntity,
    derived: true,
    code: 'LF.02.0014',
    name: '建设用地土壤污染风险筛查',
    classification: '土壤环境/建设用地',
    domain: 'environment',
    provider: 'environment',
    updateCycle: '实时（按调用计算）',
    abstract: '宗地的监测值按规划用途所属用地类别与 GB 36600-2018 筛选值、管制值比较的结论和说明。',
    related: ['LF.04.0001', 'LF.02.0003'],
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: each('parcel plannedUse landClass landClassBasis verdict samples dataAsOf items decidingItems explanation', shared()),
  },
  {
    typeName: 'ConstructionItemResult',
    entity: MeasurementEntity,
    derived: true,
    code: 'LF.02.0015',
    name: '建设用地筛查项目比较',
    classification: '土壤环境/建设用地',
    domain: 'environment',
    provider: 'environment',
    updateCycle: '实时（按调用计算）',
    abstract: '一个监测项目（地块样品中的最高值）与 GB 36600-2018 限值的比较。',
    related: ['LF.02.0014'],
    items: each(
      'analyte itemName standardItem value belowDetection sampleCode sampledOn samples screeningValue interventionValue backgroundValue backgroundBasis exceedsScreening exceedsIntervention withinBackground explanation',
      shared(),
    ),
  },
  {
    typeName: 'Alert',
    entity: AlertEntity,
    code: 'LF.02.0016',
    name: '预警提醒',
    classification: '土壤环境/预警',
    domain: 'environment',
    provider: 'environment',
    abstract: '优先保护类耕地面积减少、名录内污染地块规划为第一类用地、重点监管企业未报送自行监测报告的预警，及其解除。',
    updateCycle: '实时',
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: each('id kind subject message raisedAt resolvedAt open county', shared()),
  },
  {
    typeName: 'FarmlandAssessment',
    entity: FarmlandUnitEntity,
    derived: true,
    code: 'LF.03.0008',
    name: '耕地土壤环境质量类别评价',
    classification: '农用地/类别划分',
    domain: 'agriculture',
    provider: 'agriculture',
    updateCycle: '实时（按调用计算）',
    abstract: '按 GB 15618-2018 由耕地单元的样品评出的类别、决定项目、农产品协同监测信号和历史。',
    related: ['LF.03.0001', 'LF.02.0003'],
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: {
      ...each('unit asOf samples items cropSamples basis history', shared()),
      ...each('qualityClass decidingItems explanation recordedClass agreesWithRecorded cropSignal', conditional(CLASS_CONDITION)),
      cropSamplesOverLimit: conditional(CROP_CONDITION),
    },
  },
  {
    typeName: 'FarmlandItemResult',
    entity: MeasurementEntity,
    derived: true,
    code: 'LF.03.0009',
    name: '耕地评价项目比较',
    classification: '农用地/类别划分',
    domain: 'agriculture',
    provider: 'agriculture',
    updateCycle: '实时（按调用计算）',
    abstract: '一个样品的一个监测项目与 GB 15618-2018 筛选值、管制值的比较。',
    related: ['LF.03.0008'],
    items: each(
      'analyte analyteName sampleCode sampledOn ph value belowDetection screeningValue screeningSource interventionValue interventionSource ratioToScreening ratioToIntervention exceedsScreening exceedsIntervention explanation',
      shared(),
    ),
  },
  {
    typeName: 'FarmlandClassChange',
    entity: FarmlandUnitEntity,
    derived: true,
    code: 'LF.03.0010',
    name: '耕地评价历史',
    classification: '农用地/类别划分',
    domain: 'agriculture',
    provider: 'agriculture',
    updateCycle: '实时（按调用计算）',
    abstract: '耕地单元的评价类别随样品到达的变化：日期无条件共享，类别与决定项目同已划定类别一样有条件共享。',
    related: ['LF.03.0008'],
    items: { on: shared(), ...each('qualityClass changed decidingItems', conditional(CLASS_CONDITION)) },
  },
  {
    typeName: 'ApprovalDecision',
    entity: ApprovalCheckEntity,
    code: 'LF.04.0003',
    name: '用地审批把关记录',
    classification: '土地/用地审批',
    domain: 'land',
    provider: 'land-resources',
    updateCycle: '实时',
    abstract: '规划许可、土地供应、施工许可前的土壤环境把关：能否办理、理由（名录、负面清单、管控区域、GB 36600 筛查、规划用途）及调用部门。',
    related: ['LF.04.0001', 'LF.02.0004', 'LF.02.0014'],
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: each('id checkedAt approvalType plannedUse landClass checkVerdict allowed dataAsOf registerVersion reasons parcel checkedBy', shared()),
  },
  {
    typeName: 'ApprovalReason',
    entity: ApprovalCheckEntity,
    derived: true,
    code: 'LF.04.0004',
    name: '用地审批把关理由',
    classification: '土地/用地审批',
    domain: 'land',
    provider: 'land-resources',
    updateCycle: '实时',
    abstract: '把关结论的一条理由及其依据。',
    related: ['LF.04.0003'],
    items: each('code blocking message basis', shared()),
  },
];

export const decisionArguments: ArgumentItems = {
  'Query.farmlandAssessment': { unit: ['FarmlandUnit.code'], asOf: ['FarmlandAssessment.asOf'] },
  'Query.farmlandAssessments': { county: ['FarmlandUnit.county'], asOf: ['FarmlandAssessment.asOf'] },
  'Query.constructionLandCheck': {
    parcel: ['LandParcel.parcelCode'],
    plannedUse: ['ConstructionLandCheck.plannedUse'],
    backgrounds: ['ConstructionItemResult.backgroundValue'],
  },
  'Query.approvalChecks': { parcel: ['LandParcel.parcelCode'] },
  'Query.alerts': { county: ['Alert.county'], kind: ['Alert.kind'], open: ['Alert.open'] },
};
