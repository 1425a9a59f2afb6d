import type { RequestPlugin } from '../graphql/plugin-group';
import type { HubContext } from '../graphql/context';
import type { AuditWriter } from './audit-writer';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database-unavailable';
import { ERROR_CODES, ErrorCode } from '../graphql/error-codes';

/**
 * Writes one audit record per department request, after execution and before the response leaves:
 * who, with which key, which operation (name and hash), for what purpose, which items of which resources
 * were released (values and rows) or denied (reasons), which grants were used, the outcome and the time.
 */
export function auditPlugin(writer: AuditWriter, clock: () => Date): RequestPlugin<HubContext> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operation, operationName, errors, response, queryHash }) {
          const access = contextValue.access;
          const hasData = response.body.kind === 'single' && response.body.singleResult.data != null;
          try {
            await writer.append({
              at: clock(),
              kind: operation?.operation ?? 'invalid',
              requestId: contextValue.requestId,
              principalId: access.principal.departmentId,
              keyId: access.principal.keyId,
              operationName: operationName ?? null,
              // Apollo's SHA-256 of the query text, made once per request (a persisted query's hash is checked equal to it).
              operationHash: queryHash ?? null,
              purpose: access.purpose,
              released: access.tally.releasedSummary(access.policy.guarded),
              denied: access.tally.deniedSummary(access.policy.guarded),
              grantsUsed: [...access.tally.grants].sort((a, b) => a - b),
              outcome: !errors?.length ? 'ok' : hasData ? 'partial' : 'refused',
              durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
              detail: contextValue.auditDetail,
            });
          } catch (err) {
            // No response leaves without its audit record: what it would have released is withheld.
            const unavailable = isDatabaseUnavailable(err);
            if (!unavailable) contextValue.logger.error({ err }, 'audit record not written; response withheld');
            const code = unavailable ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR;
            const message = unavailable ? DATABASE_UNAVAILABLE_MESSAGE : '审计记录未能写入，响应已撤回 (audit record not written)';
            response.body = { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } };
            response.http.status = ERROR_CODES[code].status;
            if (unavailable) response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}
