import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one hub instance (own registry, so tests can run several hubs in one process). */
export class HubMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'soilhub_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly graphqlRequests = new Counter({
    name: 'soilhub_graphql_requests_total',
    help: 'GraphQL operations by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'soilhub_graphql_request_duration_seconds',
    help: 'GraphQL operation latency by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'soilhub_graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly authFailures = new Counter({
    name: 'soilhub_auth_failures_total',
    help: 'Requests refused for a missing, invalid, expired or revoked key or token, by route',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  constructor(pool: () => { total: number; idle: number; waiting: number } | undefined, replica?: () => { lagMs: number | undefined; inUse: boolean }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'soilhub_' });
    const stat = (name: string, help: string, pick: (p: { total: number; idle: number; waiting: number }) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          if (p) this.set(pick(p));
        },
      });
    stat('soilhub_db_pool_connections', 'Connections open in the database pool', (p) => p.total);
    stat('soilhub_db_pool_idle', 'Idle connections in the database pool', (p) => p.idle);
    stat('soilhub_db_pool_waiting', 'Requests waiting for a database connection', (p) => p.waiting);
    if (!replica) return;
    new Gauge({
      name: 'soilhub_read_replica_lag_seconds',
      help: 'How far the read replica was behind the primary at the last probe (NaN when unknown: unreachable or too far behind)',
      registers: [this.registry],
      collect() {
        const { lagMs } = replica();
        this.set(lagMs === undefined ? Number.NaN : lagMs / 1000);
      },
    });
    new Gauge({
      name: 'soilhub_read_replica_in_use',
      help: '1 while the public reads go to the read replica, 0 while they go to the primary',
      registers: [this.registry],
      collect() {
        this.set(replica().inUse ? 1 : 0);
      },
    });
  }
}
