import type { HubModule } from '../registry/hub-module';
import { AgriProductSampleEntity } from './agri-product-sample.entity';
import { agricultureArguments, agricultureCatalog } from './agriculture.catalog';
import { DesignatedCountyFigureEntity } from './designated-county-figure.entity';
import { DesignatedCountyEntity } from './designated-county.entity';
import { DesignatedCountyResolver } from './designated-county.resolver';
import { FarmlandClassSubmissionResolver } from './farmland-class.submission';
import { FarmlandUnitSubmissionResolver } from './farmland-unit.submission';
import { AgriProductSampleResolver, FarmlandRecordsResolver } from './farmland-records.resolver';
import { FarmlandUnitEntity } from './farmland-unit.entity';
import { CountyAgricultureResolver, FarmlandUnitResolver } from './farmland-unit.resolver';
import { IrrigationWaterSampleEntity } from './irrigation-water-sample.entity';
import { ProhibitedZoneEntity } from './prohibited-zone.entity';
import { SafeUseMeasureEntity } from './safe-use-measure.entity';

/** 农业部门：耕地、农产品和灌溉水. */
export const agricultureModule: HubModule = {
  name: 'agriculture',
  entities: [
    FarmlandUnitEntity,
    DesignatedCountyEntity,
    DesignatedCountyFigureEntity,
    AgriProductSampleEntity,
    IrrigationWaterSampleEntity,
    SafeUseMeasureEntity,
    ProhibitedZoneEntity,
  ],
  resolvers: [
    FarmlandUnitResolver,
    CountyAgricultureResolver,
    DesignatedCountyResolver,
    AgriProductSampleResolver,
    FarmlandRecordsResolver,
    FarmlandClassSubmissionResolver,
    FarmlandUnitSubmissionResolver,
  ],
  resources: agricultureCatalog,
  argumentItems: agricultureArguments,
  locators: {
    FarmlandUnit: { query: 'farmlandUnits(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    AgriProductSample: { query: 'agriProductSamples(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    IrrigationWaterSample: { query: 'farmlandUnit(code: "%UNIT_WITH_WATER%") { irrigationWaterSamples { %s } }', path: ['irrigationWaterSamples', 0] },
    SafeUseMeasure: { query: 'farmlandUnit(code: "%SAFE_UNIT%") { safeUseMeasures { %s } }', path: ['safeUseMeasures', 0] },
    ProhibitedZone: { query: 'prohibitedZones { %s }', path: [0] },
    DesignatedCounty: { query: 'designatedCounties(designation: GRAIN) { %s }', path: [0] },
    DesignatedCountyFigure: { query: 'designatedCounties(designation: GRAIN) { figures { %s } }', path: [0, 'figures', 0] },
  },
  publicQueries: ['designatedCounties'],
};
