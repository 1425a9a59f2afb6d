import { conditional, each, PUBLIC, shared, type ArgumentItems, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { AgriProductSampleEntity } from './agri-product-sample.entity';
import { DesignatedCountyFigureEntity } from './designated-county-figure.entity';
import { DesignatedCountyEntity } from './designated-county.entity';
import { FarmlandUnitEntity } from './farmland-unit.entity';
import { IrrigationWaterSampleEntity } from './irrigation-water-sample.entity';
import { ProhibitedZoneEntity } from './prohibited-zone.entity';
import { SafeUseMeasureEntity } from './safe-use-measure.entity';

const base = { domain: 'agriculture' as const, provider: 'agriculture' };
const UNIT_COUNTY = '(SELECT f.county_id FROM farmland_unit f WHERE f.id = e.farmland_unit_id)';
export const CROP_CONDITION = '用于耕地类别划分和农产品质量安全监管（环保、卫生计生部门）';
export const CLASS_CONDITION = '用于永久基本农田划定、土地利用规划和污染防治监管（国土、环保部门及省级平台）';

export const agricultureCatalog: ResourceDeclaration[] = [
  {
    ...base,
    typeName: 'FarmlandUnit',
    entity: FarmlandUnitEntity,
    code: 'LF.03.0001',
    name: '耕地土壤环境质量类别',
    classification: '农用地/类别划分',
    abstract: '耕地单元及其优先保护类、安全利用类、严格管控类划定结果。',
    updateCycle: '每年',
    related: ['LF.02.0001'],
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: {
      ...each('id code name areaMu landType crop permanentBasicFarmland source county', shared(PUBLIC.FULL)),
      ...each('qualityClass classifiedOn classBasis', conditional(CLASS_CONDITION, PUBLIC.AGGREGATE_ONLY)),
      geometry: shared(PUBLIC.GENERALISED),
      ...each('productSamples irrigationWaterSamples safeUseMeasures prohibitedZones monitoringPoints', shared()),
    },
  },
  {
    ...base,
    typeName: 'AgriProductSample',
    entity: AgriProductSampleEntity,
    code: 'LF.03.0002',
    name: '农产品协同监测',
    classification: '农用地/农产品质量',
    abstract: '农产品重金属检测结果及是否超过食品污染物限量。',
    updateCycle: '每年',
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: {
      ...each('id code crop sampledOn source farmlandUnit', shared()),
      ...each('cd pb hg as cr overLimit', conditional(CROP_CONDITION, PUBLIC.AGGREGATE_ONLY)),
    },
  },
  {
    typeName: 'IrrigationWaterSample',
    entity: IrrigationWaterSampleEntity,
    code: 'LF.03.0003',
    name: '农田灌溉水质',
    classification: '农用地/灌溉水',
    domain: 'agriculture',
    provider: 'water',
    abstract: '农田灌溉用水水质监测结果。',
    updateCycle: '每年',
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: each('id code sampledOn ph hg cd as cr6 pb cod source', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'SafeUseMeasure',
    entity: SafeUseMeasureEntity,
    code: 'LF.03.0004',
    name: '安全利用措施',
    classification: '农用地/安全利用',
    abstract: '安全利用类耕地上实施的农艺调控、替代种植等措施。',
    updateCycle: '每年',
    countySql: UNIT_COUNTY,
    items: each('id measure startedOn areaMu source', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'ProhibitedZone',
    entity: ProhibitedZoneEntity,
    code: 'LF.03.0005',
    name: '特定农产品禁止生产区域',
    classification: '农用地/严格管控',
    abstract: '严格管控类耕地上划定的禁止生产区域。',
    updateCycle: '每年',
    countySql: 'e.county_id',
    countyField: 'countyId',
    items: each('id code name prohibitedProducts areaMu designatedOn source', shared(PUBLIC.FULL)),
  },
  {
    typeName: 'DesignatedCounty',
    entity: DesignatedCountyEntity,
    code: 'LF.03.0006',
    name: '产粮大县、蔬菜产业重点县、生猪调出大县',
    classification: '农用地/重点县',
    domain: 'agriculture',
    provider: 'agriculture',
    abstract: '附表5 所列重点县。',
    updateCycle: '按需',
    related: ['LF.03.0007'],
    items: each('id designation seq county figures', shared(PUBLIC.FULL)),
  },
  {
    typeName: 'DesignatedCountyFigure',
    entity: DesignatedCountyFigureEntity,
    code: 'LF.03.0007',
    name: '重点县种植面积、产量和出栏量',
    classification: '农用地/重点县',
    domain: 'agriculture',
    provider: 'agriculture',
    abstract: '附表5 中的面积、产量、出栏量数字。',
    updateCycle: '按需',
    items: each('item isSubtotal plantingAreaHm2 outputTonnesPerYear marketedHead', shared(PUBLIC.FULL)),
  },
];

export const agricultureArguments: ArgumentItems = {
  'Query.farmlandUnits': { county: ['FarmlandUnit.county'], qualityClass: ['FarmlandUnit.qualityClass'], landType: ['FarmlandUnit.landType'] },
  'Query.farmlandUnit': { id: ['FarmlandUnit.id'], code: ['FarmlandUnit.code'] },
  'Query.agriProductSamples': { county: ['AgriProductSample.farmlandUnit', 'FarmlandUnit.county'], overLimit: ['AgriProductSample.overLimit'] },
  'Query.prohibitedZones': { county: ['ProhibitedZone.code'] },
  'Query.designatedCounties': { designation: ['DesignatedCounty.designation'] },
  'County.farmlandUnits': { qualityClass: ['FarmlandUnit.qualityClass'] },
};
