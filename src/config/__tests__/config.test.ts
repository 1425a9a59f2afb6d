import path from 'node:path';
import { ConfigError, loadConfig } from '../config';

describe('loadConfig', () => {
  it('applies defaults and resolves the data directory against the working directory', () => {
    const c = loadConfig({}, '/srv/soilhub');
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      logFormat: 'pretty',
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/soilhub', 'data'),
      maxQueryDepth: 15,
      maxPageSize: 500,
      defaultPageSize: 50,
    });
  });

  it('reads every variable it documents', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/soilhub',
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      SOILHUB_DATA_DIR: '/var/soilhub',
      STATEMENT_TIMEOUT_MS: '2000',
      REQUEST_TIMEOUT_MS: '5000',
      BODY_LIMIT_BYTES: '2048',
      MAX_QUERY_DEPTH: '7',
      MAX_QUERY_COST: '1000',
      MAX_PAGE_SIZE: '100',
      DEFAULT_PAGE_SIZE: '20',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/soilhub',
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'debug',
      logFormat: 'json',
      dataDir: '/var/soilhub',
      statementTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      bodyLimitBytes: 2048,
      maxQueryDepth: 7,
      maxQueryCost: 1000,
      maxPageSize: 100,
      defaultPageSize: 20,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).issues.join('\n');
      expect(text).toMatch(/^PORT: .*"eighty"/m);
      expect(text).toMatch(/^DATABASE_URL: must be a postgres:\/\//m);
      expect(text).toMatch(/^LOG_LEVEL: /m);
    }
  });

  it('refuses a default page size above the maximum', () => {
    expect(() => loadConfig({ MAX_PAGE_SIZE: '10', DEFAULT_PAGE_SIZE: '20' })).toThrow(/DEFAULT_PAGE_SIZE/);
  });
});
