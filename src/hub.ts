import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from 'pino';
import type { Config } from './config/config';
import { openDatabase, type Database } from './db/database';
import type { HubContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { costLimitPlugin } from './graphql/limits/cost-limit.plugin';
import { depthLimitPlugin } from './graphql/limits/depth-limit.plugin';
import { metricsPlugin } from './graphql/metrics.plugin';
import { buildHubSchema } from './graphql/schema';
import { statementHeaderPlugin } from './graphql/statement-header.plugin';
import { createApp } from './http/app';
import { HubMetrics } from './observability/metrics';
import { seedDemoIfEmpty } from './synthetic/seed-demo';

export interface Hub {
  url: string;
  database: Database;
  /** Stops accepting, drains in-flight requests (bounded), closes the pool, stops the embedded database. */
  stop(): Promise<void>;
}

/** Wires the database, the schema and the HTTP server, and starts listening. */
export async function startHub(config: Config, logger: Logger): Promise<Hub> {
  const database = await openDatabase(config, logger);
  let shuttingDown = false;
  try {
    if (config.demoData) await seedDemoIfEmpty(database.dataSource, logger);
    const schema = await buildHubSchema();
    const httpServer = http.createServer();
    // Bounds on slow clients; the GraphQL work is bounded by REQUEST_TIMEOUT_MS and statement_timeout.
    httpServer.requestTimeout = config.requestTimeoutMs + 5_000;
    httpServer.headersTimeout = 30_000;

    const pool = (database.dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    const metrics = new HubMetrics(() => (pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : undefined));

    const apollo = new ApolloServer<HubContext>({
      schema,
      formatError: createFormatError(logger),
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      // Our own local GraphiQL page replaces Apollo's CDN-loaded landing page.
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
        // Cache hints are not used (responses are per principal); the plugin would wrap every field resolver.
        ApolloServerPluginCacheControlDisabled(),
        depthLimitPlugin(config.maxQueryDepth),
        costLimitPlugin(config.maxQueryCost, config.defaultPageSize),
        metricsPlugin(metrics),
        statementHeaderPlugin(),
      ],
    });
    await apollo.start();

    const app = createApp({ config, logger, db: database.dataSource, apollo, metrics, isShuttingDown: () => shuttingDown });
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    logger.info({ url, graphql: `${url}/graphql`, embedded: Boolean(database.embedded) }, 'soilhub listening');

    let stopping: Promise<void> | undefined;
    return {
      url,
      database,
      stop() {
        stopping ??= (async () => {
          shuttingDown = true;
          await apollo.stop();
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
