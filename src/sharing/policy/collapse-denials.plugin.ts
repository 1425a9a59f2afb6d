import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/**
 * A denied item on a list of a thousand rows would give a thousand identical errors: keep the first of each
 * (reason, resource, item), with the number of values it stands for.
 */
export function collapseDenialsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const kept = new Map<string, GraphQLFormattedError & { extensions: Record<string, unknown> }>();
          const others: GraphQLFormattedError[] = [];
          for (const e of response.body.singleResult.errors) {
            const ext = e.extensions as Record<string, unknown> | undefined;
            if (ext?.code !== 'FORBIDDEN' || !ext.reason || !e.path) {
              others.push(e);
              continue;
            }
            const key = `${ext.reason}|${ext.resource}|${ext.item}`;
            const first = kept.get(key);
            if (first) first.extensions.count = (first.extensions.count as number) + 1;
            else kept.set(key, { ...e, extensions: { ...ext, count: 1 } });
          }
          response.body.singleResult.errors = [...others, ...kept.values()];
        },
      };
    },
  };
}
