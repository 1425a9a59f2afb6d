import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';

/** The request hooks the hub's plugins use: each takes the request's context and returns nothing. */
const HOOKS = ['didResolveSource', 'didResolveOperation', 'willSendResponse', 'didEncounterErrors'] as const;
type HookFn<C extends BaseContext> = (rc: GraphQLRequestContext<C>) => Promise<void>;

/** A hub plugin's part in one request: Apollo's listener, limited to the grouped hooks. */
export type RequestHooks<C extends BaseContext = BaseContext> = Pick<GraphQLRequestListener<C>, (typeof HOOKS)[number]>;

/**
 * One of the hub's request plugins, run only by `pluginGroup`: its hooks for a request come without a promise, and a
 * plugin that keeps nothing per request returns the same hooks every time.
 */
export interface RequestPlugin<C extends BaseContext = BaseContext> {
  requestDidStart(rc: GraphQLRequestContext<C>): RequestHooks<C>;
}

/**
 * The hub's request plugins as one Apollo plugin. Apollo awaits every plugin in every phase of every request, with a
 * promise per plugin even where it has no hook, and asks each in turn for a response of its own: ten plugins cost
 * ~80 promises per request. Grouped, a phase costs a call per plugin that has its hook (one plugin's hook is called
 * as it is), and none where no plugin has one. The hooks run as Apollo runs them: started in the listed order,
 * awaited together.
 */
export function pluginGroup<C extends BaseContext>(plugins: RequestPlugin<C>[]): ApolloServerPlugin<C> {
  /** The hooks each plugin had on the first request; a plugin has the same ones every time. */
  let checked = false;
  return {
    async requestDidStart(rc) {
      const listeners = plugins.map((p) => p.requestDidStart(rc));
      if (!checked) {
        for (const listener of listeners) {
          const other = Object.keys(listener).find((k) => !(HOOKS as readonly string[]).includes(k));
          if (other) throw new Error(`pluginGroup: hook ${other} is not grouped; list its plugin on its own`);
        }
        checked = true;
      }
      const group: GraphQLRequestListener<C> = {};
      for (const hook of HOOKS) {
        const having = listeners.filter((l) => l[hook]);
        if (having.length) group[hook] = phase(having, hook) as never;
      }
      return group;
    },
  };
}

function phase<C extends BaseContext>(listeners: RequestHooks<C>[], hook: (typeof HOOKS)[number]): HookFn<C> {
  if (listeners.length === 1) {
    const [only] = listeners;
    return (rc) => (only[hook] as HookFn<C>).call(only, rc);
  }
  return async (rc) => {
    await Promise.all(listeners.map((l) => (l[hook] as HookFn<C>).call(l, rc)));
  };
}
