import type { HubModule } from '../registry/hub-module';
import { DisclosureIndexResolver } from './disclosure-index.resolver';

/** 信息公开. */
export const disclosureModule: HubModule = {
  name: 'disclosure',
  entities: [],
  resolvers: [DisclosureIndexResolver],
  publicQueries: ['disclosureIndex'],
};
