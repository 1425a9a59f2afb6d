import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { EnumLabel } from '../../graphql/enum-labels';
import type { OperationReader } from '../../graphql/operation-reader';

/** What every disclosure page is given: the public API, its vocabulary and the hub's day. */
export interface SiteDeps {
  /** The public API for one visitor's request (its id in the logs, its budget). */
  reader: (req: Request) => OperationReader;
  label: EnumLabel;
  /** The public schema as the catalog cuts it now: which columns exist. */
  schema: () => GraphQLSchema;
  /** Today in China, by the hub's clock. */
  today: () => string;
  /** Rows per query when a download reads every page (MAX_PAGE_SIZE). */
  downloadPageSize: number;
}
