import path from 'node:path';
import { z } from 'zod';
import type { PushOptions } from '../sharing/push/push-dispatcher';
import type { RateLimitStore } from '../http/rate-limit-store';
import type { JwtSettings } from '../sharing/identity/jwt-verifier';

/** Everything the hub reads from the environment, validated once at start. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** JSON lines, or readable lines (the default in development). */
  logFormat: 'json' | 'pretty';
  /** External PostgreSQL; when absent the embedded server is started. */
  databaseUrl?: string;
  /** The owner's connection for migrations and grants, when the hub's own (DATABASE_URL) is a role that owns nothing. */
  migrationDatabaseUrl?: string;
  /** A streaming replica of DATABASE_URL for the public reads, used while it lags by at most readMaxLagMs. */
  databaseReadUrl?: string;
  readMaxLagMs: number;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  statementTimeoutMs: number;
  requestTimeoutMs: number;
  importTimeoutMs: number;
  shutdownTimeoutMs: number;
  bodyLimitBytes: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Objects one response may hold, counted while executing. */
  maxResponseObjects: number;
  /** Aliased fields one operation may have. */
  maxAliases: number;
  /** Characters one text value may have. */
  maxTextLength: number;
  maxPageSize: number;
  defaultPageSize: number;
  /** Load synthetic demo data into an empty database at start. */
  demoData: boolean;
  /** Write demo keys to the data directory (embedded development database only). */
  demoKeys: boolean;
  /** Requests per minute per client address on the public endpoint. */
  publicRateLimit: number;
  /** Proxies whose X-Forwarded-For is believed (express "trust proxy" addresses); none by default. */
  trustProxy: string[];
  /** Bearer token /metrics requires; unset: only loopback clients get it. */
  metricsToken?: string;
  /** Requests per minute per department key (0: none). */
  keyRateLimit: number;
  /** Where the rate-limit counters live (RATE_LIMIT_STORE). */
  rateLimitStore: RateLimitStore;
  /** Requests one department key may have in progress at once (0: no bound); live streams are counted apart. */
  keyConcurrency: number;
  /** Count each request's SQL statements for the X-SQL-Statements header (AsyncLocalStorage: not free). */
  countStatements: boolean;
  /** Failed authentications per minute per client address before it is refused for the minute (0: none). */
  authFailureLimit: number;
  /** Seconds public responses may be cached (Cache-Control max-age); 0 turns the response cache off. */
  publicCacheSeconds: number;
  /** Push deliveries to registered subscribers (src/sharing/push). */
  push: PushOptions;
  /** The audit seal: the key (else read from or made in the key file) and where the chain's head is checkpointed. */
  audit: { key?: string; keyFile: string; checkpointFile: string };
  /** Optional JWT sign-in beside API keys. */
  jwt: JwtSettings;
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  READ_MAX_LAG_MS: int(100, 600_000).default(5_000),
  SOILHUB_DATA_DIR: z.string().min(1).default('data'),
  EMBEDDED_PG_PORT: int(0, 65535).default(0),
  DB_POOL_MAX: int(1, 500).default(10),
  STATEMENT_TIMEOUT_MS: int(100, 3_600_000).default(15_000),
  REQUEST_TIMEOUT_MS: int(100, 3_600_000).default(30_000),
  IMPORT_TIMEOUT_MS: int(1_000, 3_600_000).default(600_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(4_000),
  BODY_LIMIT_BYTES: int(1_024, 100 * 1024 * 1024).default(1024 * 1024),
  MAX_QUERY_DEPTH: int(1, 100).default(15),
  MAX_QUERY_COST: int(1, 1_000_000_000_000).default(50_000),
  MAX_RESPONSE_OBJECTS: int(1, 10_000_000).default(50_000),
  MAX_ALIASES: int(0, 10_000).default(30),
  MAX_TEXT_LENGTH: int(16, 1_000_000).default(4_000),
  MAX_PAGE_SIZE: int(1, 100_000).default(500),
  DEFAULT_PAGE_SIZE: int(1, 100_000).default(50),
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  PUBLIC_RATE_LIMIT: int(1, 1_000_000).default(120),
  KEY_RATE_LIMIT: int(0, 10_000_000).default(0),
  KEY_CONCURRENCY: int(0, 100_000).default(16),
  COUNT_STATEMENTS: z.enum(['true', 'false']).optional(),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*\s*$/,
      'comma-separated proxy addresses or subnets, e.g. 10.0.0.2,loopback',
    )
    .optional(),
  AUTH_FAILURE_LIMIT: int(0, 1_000_000).default(20),
  PUBLIC_CACHE_SECONDS: int(0, 86_400).default(60),
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).optional(),
  PUSH_RETRY_BASE_MS: int(10, 3_600_000).default(1_000),
  PUSH_RETRY_MAX_MS: int(10, 86_400_000).default(600_000),
  PUSH_MAX_FAILURES: int(1, 10_000).default(50),
  PUSH_BATCH_SIZE: int(1, 1_000).default(100),
  PUSH_TIMEOUT_MS: int(100, 300_000).default(10_000),
  AUDIT_KEY: z.string().min(44, 'at least 32 bytes: 64 hex digits or 44 base64 characters').optional(),
  AUDIT_KEY_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key (SPKI)' }).optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  JWT_ALGORITHMS: z
    .string()
    .regex(/^[A-Z0-9]+(,[A-Z0-9]+)*$/, 'comma-separated JWS algorithms, e.g. RS256,ES256')
    .default('RS256'),
  JWT_DEPARTMENT_CLAIM: z.string().min(1).default('dept'),
  JWT_MAX_LIFETIME_SECONDS: int(60, 7 * 86_400).default(12 * 3_600),
});

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`));
  }
  const e = parsed.data;
  if (e.DEFAULT_PAGE_SIZE > e.MAX_PAGE_SIZE) {
    throw new ConfigError([`DEFAULT_PAGE_SIZE: must not exceed MAX_PAGE_SIZE (${e.MAX_PAGE_SIZE})`]);
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new ConfigError(['DATABASE_READ_URL: a replica of DATABASE_URL, which must be set too (the embedded database has no replica)']);
  }
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    readMaxLagMs: e.READ_MAX_LAG_MS,
    dataDir: path.resolve(cwd, e.SOILHUB_DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolMax: e.DB_POOL_MAX,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    importTimeoutMs: e.IMPORT_TIMEOUT_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxQueryCost: e.MAX_QUERY_COST,
    maxResponseObjects: e.MAX_RESPONSE_OBJECTS,
    maxAliases: e.MAX_ALIASES,
    maxTextLength: e.MAX_TEXT_LENGTH,
    maxPageSize: e.MAX_PAGE_SIZE,
    defaultPageSize: e.DEFAULT_PAGE_SIZE,
    // Demo data is for a developer's first start, never for production or the tests.
    demoData: e.DEMO_DATA ? e.DEMO_DATA === 'true' : e.NODE_ENV === 'development',
    demoKeys: e.NODE_ENV === 'development' && !e.DATABASE_URL,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    keyRateLimit: e.KEY_RATE_LIMIT,
    // Production runs as replicas: their limits are shared through PostgreSQL unless the operator says otherwise.
    rateLimitStore: e.RATE_LIMIT_STORE ?? (e.NODE_ENV === 'production' ? 'postgres' : 'memory'),
    keyConcurrency: e.KEY_CONCURRENCY,
    countStatements: e.COUNT_STATEMENTS ? e.COUNT_STATEMENTS === 'true' : e.NODE_ENV !== 'production',
    metricsToken: e.METRICS_TOKEN,
    trustProxy: e.TRUST_PROXY ? e.TRUST_PROXY.split(',').map((a) => a.trim()) : [],
    authFailureLimit: e.AUTH_FAILURE_LIMIT,
    publicCacheSeconds: e.PUBLIC_CACHE_SECONDS,
    push: {
      retryBaseMs: e.PUSH_RETRY_BASE_MS,
      retryMaxMs: e.PUSH_RETRY_MAX_MS,
      maxFailures: e.PUSH_MAX_FAILURES,
      batchSize: e.PUSH_BATCH_SIZE,
      timeoutMs: e.PUSH_TIMEOUT_MS,
    },
    audit: {
      key: e.AUDIT_KEY,
      keyFile: path.resolve(cwd, e.AUDIT_KEY_FILE ?? path.join(e.SOILHUB_DATA_DIR, 'audit-key')),
      checkpointFile: path.resolve(cwd, e.AUDIT_CHECKPOINT_FILE ?? path.join(e.SOILHUB_DATA_DIR, 'audit-checkpoints.jsonl')),
    },
    jwt: {
      publicKey: e.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n'),
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      algorithms: e.JWT_ALGORITHMS.split(','),
      departmentClaim: e.JWT_DEPARTMENT_CLAIM,
      maxLifetimeSeconds: e.JWT_MAX_LIFETIME_SECONDS,
    },
  };
}
