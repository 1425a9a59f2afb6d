import type { BaseContext, GraphQLRequestContext } from '@apollo/server';
import { pluginGroup, type RequestHooks, type RequestPlugin } from '../plugin-group';

const rc = {} as GraphQLRequestContext<BaseContext>;

test('every grouped plugin’s hooks run, in the listed order, and a phase no plugin has is left out', async () => {
  const calls: string[] = [];
  const plugin = (name: string, hooks: string[]): RequestPlugin => ({
    requestDidStart: () => Object.fromEntries(hooks.map((h) => [h, async () => void calls.push(`${name}.${h}`)])) as RequestHooks,
  });
  const group = pluginGroup([plugin('a', ['didResolveOperation', 'willSendResponse']), plugin('b', ['willSendResponse'])]);
  const listener = (await group.requestDidStart!(rc))!;
  expect(Object.keys(listener).sort()).toEqual(['didResolveOperation', 'willSendResponse']);
  await listener.didResolveOperation!(rc as never);
  await listener.willSendResponse!(rc as never);
  expect(calls).toEqual(['a.didResolveOperation', 'a.willSendResponse', 'b.willSendResponse']);
});

test('a plugin whose hook the group does not carry is refused, not silently dropped', async () => {
  const sneaky = { async executionDidStart() {} } as unknown as RequestHooks;
  const group = pluginGroup([{ requestDidStart: () => sneaky }]);
  await expect(group.requestDidStart!(rc)).rejects.toThrow('hook executionDidStart is not grouped');
});

test('a failing hook fails the phase, as Apollo’s own would, with one plugin or several', async () => {
  const failing: RequestPlugin = {
    requestDidStart: () => ({
      async didResolveOperation() {
        throw new Error('refused');
      },
    }),
  };
  const passing: RequestPlugin = { requestDidStart: () => ({ async didResolveOperation() {} }) };
  for (const plugins of [[failing], [failing, passing], [passing, failing]]) {
    const listener = (await pluginGroup(plugins).requestDidStart!(rc))!;
    await expect(listener.didResolveOperation!(rc as never)).rejects.toThrow('refused');
  }
});

test('each request gets the hooks its plugins made for it', async () => {
  const seen: number[] = [];
  let requests = 0;
  const counting: RequestPlugin = {
    requestDidStart: () => {
      const n = ++requests;
      return { willSendResponse: async () => void seen.push(n) };
    },
  };
  const group = pluginGroup([counting]);
  const first = (await group.requestDidStart!(rc))!;
  const second = (await group.requestDidStart!(rc))!;
  await second.willSendResponse!(rc as never);
  await first.willSendResponse!(rc as never);
  expect(seen).toEqual([2, 1]);
});
