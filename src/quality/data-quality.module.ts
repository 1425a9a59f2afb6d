import type { HubModule } from '../registry/hub-module';
import { dataQualityCatalog } from './data-quality.catalog';
import { DataQualityReviewEntity } from './data-quality-review.entity';
import { DataQualityResolver } from './data-quality.resolver';

/** 数据质量: checks over the plan's data and every submission, and the providers' answers. */
export const dataQualityModule: HubModule = {
  name: 'quality',
  entities: [DataQualityReviewEntity],
  resolvers: [DataQualityResolver],
  resources: dataQualityCatalog,
  argumentItems: { 'Query.dataQualityFindings': { open: ['DataQualityFinding.verdict'] } },
  locators: { DataQualityFinding: { query: 'dataQualityFindings { %s }', path: [0] } },
};
