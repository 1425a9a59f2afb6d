import type { ApolloServerPlugin } from '@apollo/server';
import { statementCount } from '../db/statement-counter';

/** Tells the client how many SQL statements its operation cost, in the X-SQL-Statements header. */
export function statementHeaderPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const count = statementCount();
          if (count !== undefined) response.http.headers.set('x-sql-statements', String(count));
        },
      };
    },
  };
}
