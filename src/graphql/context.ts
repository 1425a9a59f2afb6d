import type { Logger } from 'pino';
import type { AuditWriter } from '../audit/audit-writer';
import type { DataSource } from 'typeorm';
import type { CatalogStore } from '../sharing/catalog/catalog-snapshot';
import type { Access } from '../sharing/policy/access';
import { ResponseBudget } from './limits/response-budget';
import { LoaderRegistry } from './loader-registry';
import type { ResidentRows } from './relations/resident-rows';
import type { PageLimits } from './pagination/paginate';

/** Everything a resolver may use, built once per request. */
export interface HubContext {
  requestId: string;
  logger: Logger;
  db: DataSource;
  limits: PageLimits;
  loaders: LoaderRegistry;
  /** What the response may still hold (MAX_RESPONSE_OBJECTS). */
  budget: ResponseBudget;
  /** The caller's rights for this request (principal, catalog snapshot, clock). */
  access: Access;
  /** The catalog the rights come from; a catalog change reloads it for the next requests. */
  catalog: CatalogStore;
  /** The audit trail's writer, and through it the seal that verifies the chain. */
  audit: AuditWriter;
  /** Tables read from memory (administrative divisions, analytes). */
  resident: ResidentRows;
  /** What a mutation changed, for its audit record (catalog items, grant decisions). */
  auditDetail: Record<string, unknown>;
}

/** The base's getters stay getters (a logger made only when something is logged). */
export function createContext(base: Omit<HubContext, 'loaders' | 'auditDetail' | 'budget'>, maxResponseObjects: number): HubContext {
  const context = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base)) as HubContext;
  return Object.assign(context, { loaders: new LoaderRegistry(), auditDetail: {}, budget: new ResponseBudget(maxResponseObjects) });
}
