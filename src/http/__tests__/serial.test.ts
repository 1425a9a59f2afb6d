import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { serial } from '../serial';

const req = {} as Request;
const res = {} as Response;

/** Runs the chain and resolves with what it handed on: nothing (the end of the chain) or an error. */
const run = (...handlers: RequestHandler[]) =>
  new Promise<unknown>((resolve) => serial(...handlers)(req, res, ((err?: unknown) => resolve(err ?? 'end')) as NextFunction));

test('runs the handlers in order, each after the one before calls next', async () => {
  const order: number[] = [];
  const step =
    (n: number): RequestHandler =>
    (_q, _s, next) =>
      setImmediate(() => (order.push(n), next()));
  expect(await run(step(1), step(2), step(3))).toBe('end');
  expect(order).toEqual([1, 2, 3]);
});

test('a handler that answers stops the chain', async () => {
  let later = false;
  const chain = serial(
    () => undefined,
    () => (later = true),
  );
  chain(req, res, () => (later = true));
  await new Promise((r) => setImmediate(r));
  expect(later).toBe(false);
});

test('an error passed, thrown or rejected goes on, and no handler after it runs', async () => {
  const never: RequestHandler = () => {
    throw new Error('ran after an error');
  };
  const passed = new Error('passed');
  expect(await run((_q, _s, next) => next(passed), never)).toBe(passed);
  expect(
    (
      (await run(() => {
        throw new Error('thrown');
      }, never)) as Error
    ).message,
  ).toBe('thrown');
  expect(
    (
      (await run(async () => {
        throw new Error('rejected');
      }, never)) as Error
    ).message,
  ).toBe('rejected');
});
