import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { countStatements } from '../db/statement-counter';
import { createContext, type HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import type { HubMetrics } from '../observability/metrics';
import type { CatalogStore } from '../sharing/catalog/catalog-snapshot';
import type { JwtVerifier } from '../sharing/identity/jwt-verifier';
import type { Principal } from '../sharing/identity/principal';
import { authenticateRequests, principalOf, purposeOf } from './authenticate-request';
import { rateLimit } from './rate-limit';
import { createLimiter } from './rate-limit-store';
import { importRouter } from './import-route';
import { changeStreamRouter } from './change-stream';
import type { ChangeNotifier } from '../submission/change-notifier';
import type { AuditWriter } from '../audit/audit-writer';
import { Access } from '../sharing/policy/access';
import type { Policy } from '../sharing/policy/policy';
import type { KeyCache } from '../sharing/identity/key-cache';
import type { ResidentRows } from '../graphql/relations/resident-rows';
import { errorHandler } from './error-handler';
import { graphqlHandler } from './graphql-handler';
import { jsonBody } from './json-body';
import { serial } from './serial';
import { clientAddress } from './client-address';
import { logRequestsWith, requestLog } from './request-log';
import { sendError } from './error-response';
import { graphiqlRouter, sendGraphiql } from '../web/graphiql-page';
import { healthRouter } from './health-routes';
import { requestTimeout } from './request-timeout';
import { catalogRouter } from '../web/catalog-page';
import { chinaDate } from '../common/china-date';
import { disclosureSite, PUBLISHED_FILES } from '../disclosure/site/disclosure-site';
import { catalogExportRouter } from '../sharing/catalog/export/catalog-export.route';
import { downloadRouter } from '../sharing/download/download.route';
import { DenialReason } from '../sharing/policy/denial-reason.enum';
import { enumLabels } from '../graphql/enum-labels';
import { operationReader } from '../graphql/operation-reader';
import type { GraphQLSchema } from 'graphql';

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: DataSource;
  /** Where the public reads go now: the read replica while it keeps up, else `db`. */
  publicDb: () => DataSource;
  apollo: ApolloServer<HubContext>;
  metrics: HubMetrics;
  isShuttingDown: () => boolean;
  catalog: CatalogStore;
  /** The one policy every door decides rights with. */
  policy: Policy;
  /** Tables read from memory. */
  resident: ResidentRows;
  /** Recently used keys, kept current by the notifier. */
  keys: KeyCache;
  /** The hub's clock; tests move it to reach expiry. */
  clock: () => Date;
  jwt?: JwtVerifier;
  /** The disclosure endpoint's server and its anonymous principal. */
  publicApollo: ApolloServer<HubContext>;
  /** The department schema (enum descriptions name the exports' values). */
  departmentSchema: GraphQLSchema;
  /** The public schema as the catalog cuts it now (its enum descriptions name the pages' values). */
  publicSchema: () => GraphQLSchema;
  publicPrincipal: Principal;
  audit: AuditWriter;
  notifier: ChangeNotifier;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The only place that knows express: routes, body limits, request ids, logs and metrics. */
export function createApp(deps: AppDeps): RequestListener {
  const { config, logger, db, apollo, metrics } = deps;
  const addressOf = clientAddress(config.trustProxy);
  const doorDeps = {
    db,
    clock: deps.clock,
    jwt: deps.jwt,
    metrics,
    keyRateLimit: config.keyRateLimit,
    rateLimitStore: config.rateLimitStore,
    keyConcurrency: config.keyConcurrency,
    keys: deps.keys,
    authFailureLimit: config.authFailureLimit,
    addressOf,
  };
  const { requests: door, streams: streamDoor } = authenticateRequests(doorDeps);
  // Counting statements per request needs AsyncLocalStorage, whose promise hooks cost every request (COUNT_STATEMENTS).
  const counted: express.RequestHandler = config.countStatements ? (_req, _res, next) => countStatements(next) : (_req, _res, next) => next();
  /** An authenticated department's request (the door put its principal on the response). */
  const departmentContext = (req: express.Request, res: express.Response): HubContext => {
    const principal = principalOf(res);
    return createContext(
      {
        requestId: String(req.id),
        db,
        limits: { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize },
        access: new Access(deps.policy, principal, deps.catalog.snapshot, deps.clock(), purposeOf(req.headers['x-purpose'])),
        catalog: deps.catalog,
        audit: deps.audit,
        resident: deps.resident,
        keys: deps.keys,
      },
      () => requestLog(req).child({ principal: principal.code }),
      config.maxResponseObjects,
    );
  };
  const app = express();
  app.disable('x-powered-by');
  // Only the configured proxies may say who the client is: otherwise anyone could choose its rate-limit address.
  app.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);

  const requestId = (req: IncomingMessage, res: ServerResponse): string => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    return id;
  };
  const count = (req: express.Request, res: express.Response) =>
    res.once('finish', () => {
      metrics.httpRequests.inc({ method: req.method, route: routeOf(req.originalUrl.split('?')[0]), status: String(res.statusCode) });
    });
  /** What every request passes first: its id, its access log line (at level info) and its count. */
  let start: express.RequestHandler;
  if (logger.isLevelEnabled('info')) {
    start = serial(
      pinoHttp({
        logger,
        genReqId: requestId,
        // Probes, scrapes and static files would drown the requests worth reading.
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' || Boolean(req.url?.startsWith('/assets/')) },
        // The line a person reads; the request and response details stay in the JSON fields.
        customSuccessMessage: (req, res, ms) =>
          `${req.method} ${(req as { originalUrl?: string }).originalUrl ?? req.url} ${res.statusCode} ${Math.round(ms)} ms`,
        customErrorMessage: (req, res, err) => `${req.method} ${(req as { originalUrl?: string }).originalUrl ?? req.url} ${res.statusCode} ${err.message}`,
      }),
      (req, res, next) => {
        count(req, res);
        next();
      },
    );
  } else {
    // No access log at this level: the request id, and a request logger made only when something is logged.
    start = (req, res, next) => {
      req.id = requestId(req, res);
      logRequestsWith(req, logger);
      count(req, res);
      next();
    };
  }
  app.use(start);

  // The two GraphQL endpoints first: most requests are theirs, and every router passed costs a path match.
  const departmentGraphql = serial(
    (req, res, next) => {
      if (deps.isShuttingDown()) {
        res.setHeader('Connection', 'close');
        sendError(res, ErrorCode.SERVICE_UNAVAILABLE, '服务正在停止，请稍后重试 (shutting down)');
        return;
      }
      // A browser asking for the endpoint gets the local GraphiQL page.
      if (req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
        sendGraphiql(res, 'department');
        return;
      }
      next();
    },
    requestTimeout(config.requestTimeoutMs),
    counted,
    // Authenticated before the body is read: an unknown caller costs no parsing.
    door,
    jsonBody(config.bodyLimitBytes),
    graphqlHandler(apollo, async (req, res) => departmentContext(req, res)),
  );
  app.use('/graphql', departmentGraphql);

  app.use(importRouter({ db, timeoutMs: config.importTimeoutMs, catalog: deps.catalog, policy: deps.policy, clock: deps.clock, door, audit: deps.audit }));
  app.use(
    changeStreamRouter({ db, catalog: deps.catalog, policy: deps.policy, clock: deps.clock, door: streamDoor, notifier: deps.notifier, audit: deps.audit }),
  );

  /** Anonymous readers, by the pages or by the API, as one budget per address. */
  const publicContext = (req: express.Request): HubContext =>
    createContext(
      {
        requestId: String(req.id),
        db: deps.publicDb(),
        limits: { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize },
        access: new Access(deps.policy, deps.publicPrincipal, deps.catalog.snapshot, deps.clock()),
        catalog: deps.catalog,
        audit: deps.audit,
        resident: deps.resident,
      },
      () => requestLog(req),
      config.maxResponseObjects,
    );
  const limit = rateLimit(createLimiter(config.rateLimitStore, db, { keyPrefix: 'public', points: config.publicRateLimit, duration: 60 }), addressOf);
  const publicLimit: express.RequestHandler = (req, res, next) => (req.path.startsWith('/disclosure') ? limit(req, res, next) : next());
  app.use(
    '/public/graphql',
    serial(
      limit,
      (req, res, next) => {
        if (req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
          sendGraphiql(res, 'public');
          return;
        }
        next();
      },
      requestTimeout(config.requestTimeoutMs),
      jsonBody(config.bodyLimitBytes),
      counted,
      graphqlHandler(deps.publicApollo, async (req) => publicContext(req), { revalidate: true }),
    ),
  );
  app.use(
    publicLimit,
    requestTimeout(config.requestTimeoutMs),
    disclosureSite({
      reader: (req) => operationReader(deps.publicApollo, deps.publicSchema, () => publicContext(req)),
      label: enumLabels(deps.publicSchema),
      schema: deps.publicSchema,
      today: () => chinaDate(deps.clock()),
      downloadPageSize: config.maxPageSize,
    }),
  );

  const labels = enumLabels(() => deps.departmentSchema);
  const short = (text: string) => text.split(/[：（]/)[0];
  app.use(
    requestTimeout(config.requestTimeoutMs),
    catalogExportRouter({
      door,
      departmentReader: (req, res) =>
        operationReader(
          apollo,
          () => deps.departmentSchema,
          () => departmentContext(req, res),
        ),
      publicReader: (req) => operationReader(deps.publicApollo, deps.publicSchema, () => publicContext(req)),
      downloads: PUBLISHED_FILES,
      label: {
        sharingType: (v) => (v ? short(labels('SharingType', v)) : ''),
        disclosureTier: (v) => (v ? short(labels('DisclosureTier', v)) : ''),
      },
    }),
  );
  app.use(
    requestTimeout(config.requestTimeoutMs),
    counted,
    downloadRouter({
      door,
      db,
      schema: deps.departmentSchema,
      accessOf: (req, res) => departmentContext(req, res).access,
      // Values out of a county-limited grant's scope come back empty, as in a query.
      readerOf: (req, res) =>
        operationReader(
          apollo,
          () => deps.departmentSchema,
          () => departmentContext(req, res),
          (e) => e.extensions?.reason === DenialReason.OUT_OF_SCOPE,
        ),
      enumLabel: (name, value) => short(labels(name, value)),
      pageSize: config.maxPageSize,
      clock: deps.clock,
    }),
  );
  app.use(healthRouter(db, deps.isShuttingDown));
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(req, config.metricsToken)) {
      sendError(res, ErrorCode.FORBIDDEN, '指标仅对本机或持有 METRICS_TOKEN 的采集端开放 (metrics restricted)');
      return;
    }
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(graphiqlRouter());
  app.get('/', (_req, res) => {
    sendGraphiql(res, 'department');
  });
  app.use(catalogRouter());

  app.use((_req, res) => {
    sendError(res, ErrorCode.NOT_FOUND, '没有这个地址 (not found): 可用 /graphql、/public/graphql、/disclosure/、/catalog/、/healthz、/readyz、/metrics');
  });
  app.use(errorHandler);
  return graphqlFirst(app, serial(start, departmentGraphql));
}

const GRAPHQL_PATH = '/graphql';

/**
 * The server's request listener. A department's GraphQL POST, nearly all the traffic, goes straight to its handlers
 * as the plain Node request and response the server made, with the properties Express would have set (`res.locals`,
 * the mount's URLs), answered on error by the same handler; its handlers use Node's API only. Express gives every
 * request its prototypes with `Object.setPrototypeOf`: Node's own stream and HTTP code runs slower on the altered
 * objects, and V8 keeps more of what a request allocates alive through minor GCs (a bare Express server under load:
 * 20% survival and 4 ms scavenges; bare Node: 0.1% and 0.3 ms). Without it, 0.39–0.50 → 0.28–0.30 ms of CPU per
 * simple lookup. Every other request, `/graphql/` and GETs included, is Express's.
 */
function graphqlFirst(app: Express, route: express.RequestHandler): RequestListener {
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'POST' || !url.startsWith(GRAPHQL_PATH) || (url.length > GRAPHQL_PATH.length && url[GRAPHQL_PATH.length] !== '?')) {
      app(req, res);
      return;
    }
    // Typed as Express's, used as Node's: the handlers on this road read nothing Express puts on its prototypes.
    const request = req as express.Request;
    const response = res as express.Response;
    response.locals = Object.create(null) as Record<string, unknown>;
    request.originalUrl = url;
    request.baseUrl = GRAPHQL_PATH;
    request.url = `/${url.slice(GRAPHQL_PATH.length)}`;
    route(request, response, (err?: unknown) => {
      if (err) errorHandler(err, request, response, () => undefined);
      else sendError(response, ErrorCode.NOT_FOUND, '没有这个地址 (not found)');
    });
  };
}

/**
 * The scraper proves itself with METRICS_TOKEN; without one configured only this machine may read the metrics
 * (the socket's own address: a forwarded header proves nothing).
 */
function metricsAllowed(req: express.Request, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(req.headers.authorization ?? '');
    const wanted = Buffer.from(`Bearer ${token}`);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }
  const peer = req.socket.remoteAddress ?? '';
  return peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
}

/** Unknown paths share one metrics label, so scanners cannot blow up label cardinality. */
function routeOf(path: string): string {
  if (['/graphql', '/healthz', '/readyz', '/metrics', '/', '/catalog/'].includes(path)) return path;
  return path.startsWith('/assets/') ? '/assets' : path.startsWith('/disclosure/') ? '/disclosure' : 'other';
}
