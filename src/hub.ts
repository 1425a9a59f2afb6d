import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from 'pino';
import { systemClock, type Clock } from './common/clock';
import type { Config } from './config/config';
import { openDatabase, type Database } from './db/database';
import { createContext, type HubContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { costLimitPlugin } from './graphql/limits/cost-limit.plugin';
import { depthLimitPlugin } from './graphql/limits/depth-limit.plugin';
import { responseBudgetPlugin } from './graphql/limits/response-budget.plugin';
import { textLengthPlugin } from './graphql/limits/text-length.plugin';
import { metricsPlugin } from './graphql/metrics.plugin';
import { buildHubSchema, VALIDATES_ARGS } from './registry/hub-schema';
import { KeyCache } from './sharing/identity/key-cache';
import { compiledExecutor } from './graphql/compiled-executor';
import { pluginGroup, type RequestPlugin } from './graphql/plugin-group';
import { StaticGateway } from './graphql/static-gateway';
import { directFieldResolvers, dropBasicResolvers } from './graphql/simple-fields';
import { tallyReleased } from './sharing/policy/released-values';
import { ResidentRows } from './graphql/relations/resident-rows';
import { readResidentRelations, residentTargets } from './graphql/relations/resident-relations';
import { RESIDENT } from './registry/modules';
import { createPolicy } from './registry/hub-policy';
import { statementHeaderPlugin } from './graphql/statement-header.plugin';
import { unavailablePlugin } from './graphql/unavailable.plugin';
import { createApp } from './http/app';
import { dataVersion } from './disclosure/data-version';
import { buildPublicSchema } from './disclosure/public-schema';
import { auditPlugin } from './audit/audit.plugin';
import { AuditSeal } from './audit/audit-seal';
import { AuditWriter } from './audit/audit-writer';
import { ChangeNotifier } from './submission/change-notifier';
import { PushDispatcher } from './sharing/push/push-dispatcher';
import { syncOfficialCalendar } from './sharing/grants/official-calendar';
import { operationReader } from './graphql/operation-reader';
import { Access } from './sharing/policy/access';
import { PublicSchemaGateway } from './disclosure/public-gateway';
import { HubMetrics } from './observability/metrics';
import { startAlertScans } from './decision/alerts/alert-scheduler';
import { loadDeclaredCatalog } from './sharing/catalog/catalog-loader';
import { ensureDemoKeys } from './sharing/identity/demo-keys';
import { createJwtVerifier } from './sharing/identity/jwt-verifier';
import { CatalogStore, catalogVersion } from './sharing/catalog/catalog-snapshot';
import { collapseDenialsPlugin } from './sharing/policy/collapse-denials.plugin';
import { guardFields } from './sharing/policy/field-guards';
import { allowAllPlugin, rightsPlugin } from './sharing/policy/rights.plugin';
import { applyRootRules } from './sharing/policy/root-rules';
import { seedDemoIfEmpty } from './synthetic/seed-demo';

export interface HubOptions {
  /** The hub's "now" (grant validity, key expiry, "today", record times); the database follows it. Tests fix it. */
  clock?: Clock;
  /** Off only in the benchmark, to measure what enforcement costs. */
  enforceRights?: boolean;
  /** Off only in the benchmark, to measure what auditing costs. */
  audit?: boolean;
}

export interface Hub {
  url: string;
  database: Database;
  /** The audit trail's writer (keys issued beside the hub are audited through it). */
  audit: AuditWriter;
  /** Stops accepting, drains in-flight requests (bounded), closes the pool, stops the embedded database. */
  stop(): Promise<void>;
}

/** Wires the database, the schema and the HTTP server, and starts listening. */
export async function startHub(config: Config, logger: Logger, options: HubOptions = {}): Promise<Hub> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(config, logger, clock);
  let shuttingDown = false;
  try {
    if (config.demoData) await seedDemoIfEmpty(database.dataSource, logger);
    const audit = new AuditWriter(database.dataSource, logger, AuditSeal.open(config.audit, logger));
    const demoKeys = config.demoKeys ? await ensureDemoKeys(database.dataSource, config.dataDir, logger, { clock, writer: audit }) : undefined;
    const enforce = options.enforceRights !== false;
    const policy = createPolicy();
    const built = await buildHubSchema();
    const schema = enforce ? applyRootRules(built) : built;
    directFieldResolvers(schema, { argsValidated: VALIDATES_ARGS });
    // The same API without field guards, for operations in which nothing is denied or county-limited.
    const plainBuilt = await buildHubSchema();
    const plain = enforce ? applyRootRules(plainBuilt) : plainBuilt;
    dropBasicResolvers(plain);
    directFieldResolvers(plain, { argsValidated: VALIDATES_ARGS });
    const resident = await ResidentRows.load(database.dataSource, RESIDENT);
    // Read from the node for every caller, so no caller's row scope may limit what they read.
    for (const target of residentTargets()) if (policy.rows.limits(target)) throw new Error('a resident relation reads a table with row scopes');
    readResidentRelations(plain, resident);
    const notifier = new ChangeNotifier(database.url, logger);
    await notifier.start();
    const keys = new KeyCache();
    notifier.on('key', (prefix: string) => keys.forget(prefix));
    await loadDeclaredCatalog(database.dataSource, schema, policy.resources, logger, clock());
    await syncOfficialCalendar(database.dataSource, logger);
    const catalog = new CatalogStore(database.dataSource);
    await catalog.reload();
    // A provider's change on any hub of the database: this hub's rights and public schema follow.
    notifier.on('catalog', () => catalog.refresh().catch((err: unknown) => logger.error({ err }, 'catalog reload failed')));
    if (enforce) guardFields(schema, policy);
    const stopAlertScans = await startAlertScans(database.dataSource, clock, logger);
    const httpServer = http.createServer();
    // Bounds on slow clients; the GraphQL work is bounded by REQUEST_TIMEOUT_MS and statement_timeout.
    httpServer.requestTimeout = config.requestTimeoutMs + 5_000;
    httpServer.headersTimeout = 30_000;

    const pool = (database.dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    const reads = database.reads;
    const metrics = new HubMetrics(
      () => (pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : undefined),
      reads && (() => ({ lagMs: reads.lagMs, inUse: reads.reader !== database.dataSource })),
    );

    /** The limits, metrics and rights every GraphQL endpoint applies per request, then what it adds (the audit). */
    const requestPlugins = (rights: RequestPlugin<HubContext>, ...after: RequestPlugin<HubContext>[]) =>
      pluginGroup<HubContext>([
        depthLimitPlugin(config.maxQueryDepth),
        costLimitPlugin(config),
        textLengthPlugin(config.maxTextLength),
        responseBudgetPlugin(),
        unavailablePlugin(),
        metricsPlugin(metrics),
        statementHeaderPlugin(),
        rights,
        collapseDenialsPlugin(),
        ...after,
      ]);
    const apollo = new ApolloServer<HubContext>({
      gateway: new StaticGateway(
        schema,
        compiledExecutor<HubContext>({
          schemaFor: (ctx) => (ctx.access.unguarded ? plain : schema),
          after: (ctx, ran, rc, data) => {
            if (enforce && ran === plain) tallyReleased(plain, rc.document, rc.operation, data, ctx.access);
          },
        }),
      ),
      // The schema is the integrators' documentation: on in production too. Every request here is
      // authenticated before it executes, so only departments with a key can introspect.
      introspection: true,
      formatError: createFormatError(logger),
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      // Our own local GraphiQL page replaces Apollo's CDN-loaded landing page.
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
        // Cache hints are not used (responses are per principal); the plugin would wrap every field resolver.
        ApolloServerPluginCacheControlDisabled(),
        requestPlugins(enforce ? rightsPlugin(policy.argumentItems) : allowAllPlugin(), ...(options.audit !== false ? [auditPlugin(audit, clock)] : [])),
      ],
    });
    await apollo.start();

    const [publicRow] = await database.dataSource.query(`SELECT id, code, name, kind FROM department WHERE code = 'public'`);
    const publicPrincipal = { departmentId: publicRow.id, code: publicRow.code, name: publicRow.name, kind: publicRow.kind, countyId: null, keyId: null };
    const publicGateway = new PublicSchemaGateway(() => buildPublicSchema(schema, catalog.snapshot, policy));
    catalog.onChange(() => publicGateway.refresh());
    const publicApollo = new ApolloServer<HubContext>({
      gateway: publicGateway,
      // The public schema is the published disclosure contract: anyone may introspect it.
      introspection: true,
      formatError: createFormatError(logger),
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      // No "did you mean": the public learns nothing of fields it does not have.
      hideSchemaDetailsFromClientErrors: true,
      // Anonymous and cookie-less: plain GETs must work for caches and browsers.
      csrfPrevention: false,
      plugins: [
        ...(config.publicCacheSeconds > 0
          ? [
              ApolloServerPluginCacheControl({ defaultMaxAge: config.publicCacheSeconds }),
              // Keyed by query, variables, catalog version and data version: any change of either misses.
              responseCachePlugin<HubContext>({
                cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }),
                extraCacheKeyData: async ({ contextValue }) => ({
                  catalog: catalogVersion(contextValue.access.catalog),
                  data: await dataVersion(contextValue.db),
                }),
              }),
            ]
          : [ApolloServerPluginCacheControlDisabled()]),
        requestPlugins(rightsPlugin(policy.argumentItems)),
      ],
    });
    await publicApollo.start();

    // Deliveries read the change feed as the subscriber's department, through the department API like any read.
    const push = new PushDispatcher({
      db: database.dataSource,
      logger,
      clock,
      notifier,
      readerFor: (principal, purpose, requestId) =>
        operationReader(
          apollo,
          () => schema,
          () =>
            createContext(
              {
                requestId,
                db: database.dataSource,
                limits: { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize },
                access: new Access(policy, principal, catalog.snapshot, clock(), purpose),
                catalog,
                audit,
                resident,
              },
              () => logger.child({ push: requestId }),
              config.maxResponseObjects,
            ),
        ),
      options: config.push,
    });
    push.start();

    const app = createApp({
      config,
      logger,
      db: database.dataSource,
      // The public reads (API, pages, downloads) may lag by READ_MAX_LAG_MS: nothing there reads its own writes.
      publicDb: () => database.reads?.reader ?? database.dataSource,
      apollo,
      metrics,
      isShuttingDown: () => shuttingDown,
      catalog,
      policy,
      keys,
      resident,
      clock,
      jwt: await createJwtVerifier(config.jwt),
      publicApollo,
      departmentSchema: schema,
      publicSchema: () => publicGateway.schema,
      publicPrincipal,
      audit,
      notifier,
    });
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info(
      {
        url,
        graphql: `${url}/graphql`,
        public: `${url}/public/graphql`,
        catalog: `${url}/catalog/`,
        ...(demoKeys ? { demoKeys } : {}),
        embedded: Boolean(database.embedded),
      },
      'soilhub listening',
    );

    let stopping: Promise<void> | undefined;
    return {
      url,
      database,
      audit,
      stop() {
        stopping ??= (async () => {
          shuttingDown = true;
          stopAlertScans();
          await push.stop();
          await notifier.stop();
          await apollo.stop();
          await publicApollo.stop();
          await audit.close();
          await database.close();
          logger.info('soilhub stopped');
        })();
        return stopping;
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
