import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, rule, shield } from 'graphql-shield';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import { isAdministrator, isGovernment } from '../identity/principal';
import { DenialReason } from './denial-reason.enum';

const government = rule({ cache: 'contextual' })((_parent, _args, ctx: HubContext) => isGovernment(ctx.access.principal));
/** The public (anonymous, on /public/graphql) may call the disclosure queries and nothing else. */
const governmentOrDisclosure = rule({ cache: 'no_cache' })(
  (_parent, _args, ctx: HubContext, info) => isGovernment(ctx.access.principal) || ctx.access.policy.publicQueries.has(info.fieldName),
);
const administrator = rule({ cache: 'contextual' })((_parent, _args, ctx: HubContext) => isAdministrator(ctx.access.principal));

/**
 * graphql-shield guards the entry points, default deny: every query and mutation names who may call it.
 * Only the root fields are wrapped; the items below are guarded per type and field by the request's
 * decisions (field-guards.ts), because shield's per-value async wrapping multiplies the cost of lists.
 */
export function applyRootRules(schema: GraphQLSchema): GraphQLSchema {
  const permissions = shield(
    {
      Query: { '*': governmentOrDisclosure },
      Mutation: { '*': government, setCalendarDay: administrator },
    },
    {
      fallbackRule: deny,
      allowExternalErrors: true,
      fallbackError: () => new HubError(ErrorCode.FORBIDDEN, '无权调用该接口 (not authorised)', { reason: DenialReason.NOT_AUTHORISED }),
    },
  );
  const all = permissions.generate(schema);
  const roots = Object.fromEntries(Object.entries(all).filter(([type]) => type === 'Query' || type === 'Mutation'));
  return applyMiddleware(schema, roots);
}
