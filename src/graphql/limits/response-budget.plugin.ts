import type { RequestHooks, RequestPlugin } from '../plugin-group';
import type { HubContext } from '../context';
import { ErrorCode } from '../error-codes';

/**
 * An operation that outgrew its budget answers with one RESPONSE_TOO_LARGE error and no data: a page cut off
 * wherever the cap struck would read as complete.
 */
export function responseBudgetPlugin(): RequestPlugin<HubContext> {
  const hooks: RequestHooks<HubContext> = {
    async willSendResponse({ response, contextValue }) {
      if (!contextValue.budget?.exceeded || response.body.kind !== 'single') return;
      const result = response.body.singleResult;
      const first = result.errors?.find((e) => e.extensions?.code === ErrorCode.RESPONSE_TOO_LARGE);
      response.body.singleResult = { errors: first ? [{ message: first.message, extensions: first.extensions }] : result.errors };
      response.http.status = 400;
    },
  };
  return { requestDidStart: () => hooks };
}
