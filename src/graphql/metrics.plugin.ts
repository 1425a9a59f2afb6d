import type { ApolloServerPlugin } from '@apollo/server';
import type { HubMetrics } from '../observability/metrics';

/** Counts and times every operation, and counts errors by code. */
export function metricsPlugin(metrics: HubMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          // Clients choose operation names: cap their length to bound label size.
          const operation = (operationName ?? 'anonymous').slice(0, 64);
          stopTimer({ operation });
          metrics.graphqlRequests.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
          for (const e of errors ?? []) metrics.graphqlErrors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}
