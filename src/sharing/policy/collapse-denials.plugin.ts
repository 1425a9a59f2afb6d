import type { RequestHooks, RequestPlugin } from '../../graphql/plugin-group';
import type { GraphQLFormattedError } from 'graphql';

/**
 * A denied item on a list of a thousand rows would give a thousand identical errors: keep the first of each
 * (reason, resource, item), with the number of values it stands for.
 */
export function collapseDenialsPlugin(): RequestPlugin {
  const hooks: RequestHooks = {
    async willSendResponse({ response }) {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
      const kept = new Map<string, GraphQLFormattedError & { extensions: Record<string, unknown> }>();
      const others: GraphQLFormattedError[] = [];
      for (const e of response.body.singleResult.errors) {
        const ext = e.extensions as Record<string, unknown> | undefined;
        const details = (ext?.details ?? {}) as Record<string, unknown>;
        // Only denied items repeat per row; a refused action is one error already.
        if (ext?.code !== 'FORBIDDEN' || !ext.reason || !e.path || !details.item) {
          others.push(e);
          continue;
        }
        const key = `${ext.reason}|${details.resource}|${details.item}`;
        const first = kept.get(key);
        if (first) (first.extensions.details as { count: number }).count++;
        else kept.set(key, { ...e, extensions: { ...ext, details: { ...details, count: 1 } } });
      }
      response.body.singleResult.errors = [...others, ...kept.values()];
    },
  };
  return { requestDidStart: () => hooks };
}
