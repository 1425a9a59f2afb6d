import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { pluginGroup } from '../plugin-group';

const rc = {} as GraphQLRequestContext<BaseContext>;

test('every grouped plugin’s hooks run, in the listed order, and a phase no plugin has is left out', async () => {
  const calls: string[] = [];
  const plugin = (name: string, hooks: string[]): ApolloServerPlugin => ({
    async requestDidStart() {
      return Object.fromEntries(hooks.map((h) => [h, async () => void calls.push(`${name}.${h}`)]));
    },
  });
  const group = pluginGroup([plugin('a', ['didResolveOperation', 'willSendResponse']), plugin('b', ['willSendResponse']), { async serverWillStart() {} }]);
  const listener = (await group.requestDidStart!(rc))!;
  expect(Object.keys(listener).sort()).toEqual(['didResolveOperation', 'willSendResponse']);
  await listener.didResolveOperation!(rc as never);
  await listener.willSendResponse!(rc as never);
  expect(calls).toEqual(['a.didResolveOperation', 'a.willSendResponse', 'b.willSendResponse']);
});

test('a plugin whose hook the group does not carry is refused, not silently dropped', async () => {
  const group = pluginGroup([
    {
      async requestDidStart() {
        return {
          async executionDidStart() {
            return undefined;
          },
        };
      },
    },
  ]);
  await expect(group.requestDidStart!(rc)).rejects.toThrow('hook executionDidStart is not grouped');
});

test('a failing hook fails the phase, as Apollo’s own would', async () => {
  const group = pluginGroup([
    {
      async requestDidStart() {
        return {
          async didResolveOperation() {
            throw new Error('refused');
          },
        };
      },
    },
    {
      async requestDidStart() {
        return { async didResolveOperation() {} };
      },
    },
  ]);
  const listener = (await group.requestDidStart!(rc))!;
  await expect(listener.didResolveOperation!(rc as never)).rejects.toThrow('refused');
});
