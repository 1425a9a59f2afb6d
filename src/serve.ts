import { ConfigError, loadConfig } from './config/config';
import { startHub, type HubOptions } from './hub';
import { tracing } from './observability/tracing';
import { createLogger } from './observability/logger';

/** Validates the configuration, starts the hub, stops it cleanly on SIGTERM/SIGINT. */
export async function serve(options: HubOptions = {}): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`soilhub: 配置错误 (configuration error)\n${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel, config.logFormat);
  const hub = await startHub(config, logger, options).catch((err: unknown) => {
    logger.fatal({ err }, 'soilhub failed to start');
    process.exit(1);
  });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    // A second signal, or a drain that outlives its bound, ends the process at once.
    const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5_000);
    force.unref();
    hub
      .stop()
      // The last spans are flushed before the process ends.
      .then(() => tracing?.shutdown())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
