import type { HubModule } from '../registry/hub-module';
import { LandParcelSubmissionResolver } from './land-parcel.submission';
import { LandParcelEntity } from './land-parcel.entity';
import { CountyLandResolver, LandParcelResolver } from './land-parcel.resolver';
import { LandTransactionResolver, ParcelRecordsResolver } from './land-records.resolver';
import { LandTransactionEntity } from './land-transaction.entity';
import { LandTransactionSubmissionResolver } from './land-transaction.submission';
import { landArguments, landCatalog } from './land.catalog';

/** 国土资源部门：宗地和土地供应. */
export const landModule: HubModule = {
  name: 'land',
  entities: [LandParcelEntity, LandTransactionEntity],
  resolvers: [
    LandParcelResolver,
    CountyLandResolver,
    LandTransactionResolver,
    ParcelRecordsResolver,
    LandTransactionSubmissionResolver,
    LandParcelSubmissionResolver,
  ],
  resources: landCatalog,
  argumentItems: landArguments,
  locators: {
    LandParcel: { query: 'landParcels(first: 1, county: "文安县") { nodes { %s } }', path: ['nodes', 0] },
    LandTransaction: { query: 'landTransactions(first: 1) { nodes { %s } }', path: ['nodes', 0] },
  },
};
