import type { RequestPlugin } from './plugin-group';
import type { HubMetrics } from '../observability/metrics';
import { ErrorCode } from './error-codes';

const CODES = new Set<string>(Object.values(ErrorCode));
const codeLabel = (code: unknown) => (typeof code === 'string' && CODES.has(code) ? code : 'other');

/** Distinct operation names kept as labels; clients choose them, so past this they count as "other". */
export const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Counts and times every operation, and counts errors by code, with a bounded set of label values. */
export function metricsPlugin(metrics: HubMetrics): RequestPlugin {
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (seen.has(name)) return name;
    if (!OPERATION_NAME.test(name) || seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
  return {
    requestDidStart() {
      const stopTimer = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          const operation = label(operationName);
          stopTimer({ operation });
          metrics.graphqlRequests.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
          for (const e of errors ?? []) metrics.graphqlErrors.inc({ code: codeLabel(e.extensions?.code) });
        },
      };
    },
  };
}
