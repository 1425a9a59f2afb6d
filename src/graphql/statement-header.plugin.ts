import type { RequestHooks, RequestPlugin } from './plugin-group';
import { statementCount } from '../db/statement-counter';

/** Tells the client how many SQL statements its operation cost, in the X-SQL-Statements header. */
export function statementHeaderPlugin(): RequestPlugin {
  const hooks: RequestHooks = {
    async willSendResponse({ response }) {
      const count = statementCount();
      if (count !== undefined) response.http.headers.set('x-sql-statements', String(count));
    },
  };
  return { requestDidStart: () => hooks };
}
