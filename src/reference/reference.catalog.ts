import { each, PUBLIC, shared, type ArgumentItems, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { AnalyteEntity } from './analyte.entity';
import { CountyEntity } from './county.entity';
import { DepartmentEntity } from './department.entity';
import { Gb15618ThresholdEntity } from './gb15618-threshold.entity';
import { Gb36600ThresholdEntity } from './gb36600-threshold.entity';

const open = shared(PUBLIC.FULL);

export const referenceCatalog: ResourceDeclaration[] = [
  {
    typeName: 'County',
    entity: CountyEntity,
    code: 'LF.01.0001',
    name: '县级行政区',
    classification: '基础数据/行政区划',
    domain: 'reference',
    provider: 'platform-admin',
    abstract: '廊坊市 11 个县级行政区（含廊坊开发区）及其 GB/T 2260 代码。',
    updateCycle: '按需',
    items: {
      ...each('id code name nameEn kind government', open),
      ...each('farmlandUnits monitoringPoints contaminatedSites keyEnterprises landParcels', shared()),
    },
  },
  {
    typeName: 'Department',
    entity: DepartmentEntity,
    code: 'LF.01.0002',
    name: '共享主体（部门）',
    classification: '基础数据/机构',
    domain: 'reference',
    provider: 'platform-admin',
    abstract: '方案中的市级部门、县级政府、省级平台、社会公众和平台管理员。',
    updateCycle: '按需',
    items: { ...each('id code name nameEn kind county', open), tasks: shared(PUBLIC.FULL) },
  },
  {
    typeName: 'Analyte',
    entity: AnalyteEntity,
    code: 'LF.01.0003',
    name: '监测项目',
    classification: '基础数据/标准',
    domain: 'reference',
    provider: 'environment',
    abstract: 'GB 15618-2018 与 GB 36600-2018 的 89 个污染物项目。',
    updateCycle: '标准修订时',
    related: ['LF.01.0004', 'LF.01.0005'],
    items: each('id code name symbol cas unit category farmlandThresholds constructionLandThreshold', open),
  },
  {
    typeName: 'FarmlandThreshold',
    entity: Gb15618ThresholdEntity,
    code: 'LF.01.0004',
    name: '农用地土壤污染风险筛选值和管制值',
    classification: '基础数据/标准',
    domain: 'reference',
    provider: 'environment',
    abstract: 'GB 15618-2018 表1—表3，按 pH 分档和用地类型。',
    updateCycle: '标准修订时',
    items: each('id kind landType phBand value', open),
  },
  {
    typeName: 'ConstructionLandThreshold',
    entity: Gb36600ThresholdEntity,
    code: 'LF.01.0005',
    name: '建设用地土壤污染风险筛选值和管制值',
    classification: '基础数据/标准',
    domain: 'reference',
    provider: 'environment',
    abstract: 'GB 36600-2018 表1、表2，第一类和第二类用地。',
    updateCycle: '标准修订时',
    items: each('id standardTable itemNo itemName screeningClass1 screeningClass2 interventionClass1 interventionClass2', open),
  },
];

export const referenceArguments: ArgumentItems = {
  'Query.counties': { kind: ['County.kind'] },
  'Query.county': { id: ['County.id'], code: ['County.code'], name: ['County.name'] },
  'Query.departments': { kind: ['Department.kind'] },
  'Query.department': { id: ['Department.id'], code: ['Department.code'], name: ['Department.name'] },
  'Query.analytes': { category: ['Analyte.category'], farmland: ['Analyte.farmlandThresholds'] },
  'Query.analyte': { id: ['Analyte.id'], code: ['Analyte.code'] },
};
