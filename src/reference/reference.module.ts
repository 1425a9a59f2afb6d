import type { HubModule } from '../registry/hub-module';
import { AnalyteEntity } from './analyte.entity';
import { AnalyteResolver } from './analyte.resolver';
import { CountyEntity } from './county.entity';
import { CountyResolver } from './county.resolver';
import { DepartmentEntity } from './department.entity';
import { DepartmentResolver } from './department.resolver';
import { Gb15618ThresholdEntity } from './gb15618-threshold.entity';
import { Gb36600ThresholdEntity } from './gb36600-threshold.entity';
import { referenceArguments, referenceCatalog } from './reference.catalog';

/** 基础数据（行政区、部门、监测项目和标准）. */
export const referenceModule: HubModule = {
  name: 'reference',
  entities: [CountyEntity, DepartmentEntity, AnalyteEntity, Gb15618ThresholdEntity, Gb36600ThresholdEntity],
  resolvers: [CountyResolver, DepartmentResolver, AnalyteResolver],
  // Administrative divisions and analytes change only with a migration: every point, sample and measurement reads them.
  resident: [CountyEntity, AnalyteEntity],
  resources: referenceCatalog,
  argumentItems: referenceArguments,
  locators: {
    County: { query: 'county(name: "文安县") { %s }', path: [] },
    Department: { query: 'department(code: "gov-wenan") { %s }', path: [] },
    Analyte: { query: 'analyte(code: "Cd") { %s }', path: [] },
    FarmlandThreshold: { query: 'analyte(code: "Cd") { farmlandThresholds { %s } }', path: ['farmlandThresholds', 0] },
    ConstructionLandThreshold: { query: 'analyte(code: "Cd") { constructionLandThreshold { %s } }', path: ['constructionLandThreshold'] },
  },
  publicQueries: ['counties', 'county', 'analytes', 'analyte'],
};
