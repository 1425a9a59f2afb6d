import type { Logger } from 'pino';
import type { AuditWriter } from '../audit/audit-writer';
import type { DataSource } from 'typeorm';
import type { CatalogStore } from '../sharing/catalog/catalog-snapshot';
import type { KeyCache } from '../sharing/identity/key-cache';
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
  /** This hub's recently used keys (department requests): a revocation forgets its key here before it answers. */
  keys?: KeyCache;
  /** What a mutation changed, for its audit record (catalog items, grant decisions). */
  auditDetail: Record<string, unknown>;
}

type ContextBase = Omit<HubContext, 'logger' | 'loaders' | 'auditDetail' | 'budget'>;

/**
 * The request's logger is made only when something is logged: a getter on the prototype, because Apollo Server
 * copies the context's own properties for each operation (reading every own getter).
 */
class RequestContext {
  private log?: Logger;
  constructor(private readonly makeLogger: () => Logger) {}
  get logger(): Logger {
    return (this.log ??= this.makeLogger());
  }
}

export function createContext(base: ContextBase, makeLogger: () => Logger, maxResponseObjects: number): HubContext {
  return Object.assign(new RequestContext(makeLogger), base, {
    loaders: new LoaderRegistry(),
    auditDetail: {},
    budget: new ResponseBudget(maxResponseObjects),
  }) as unknown as HubContext;
}
