import type { RequestHooks, RequestPlugin } from './plugin-group';
import { ErrorCode } from './error-codes';

/** An operation the database could not serve answers 503 with Retry-After, so clients and balancers retry. */
export function unavailablePlugin(): RequestPlugin {
  const hooks: RequestHooks = {
    async willSendResponse({ response }) {
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
      response.http.status = 503;
      response.http.headers.set('retry-after', '5');
    },
  };
  return { requestDidStart: () => hooks };
}
