import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Runs handlers one after the other as one Express layer: what `app.use(path, a, b, c)` does, without the router
 * matching the path and trimming the URL again for every handler (a GraphQL request passes six). An error, thrown,
 * passed to `next` or a rejected promise, goes to Express's error handlers, as the router would send it.
 */
export function serial(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, done: NextFunction) => {
    let at = 0;
    const next = (err?: unknown): void => {
      if (err !== undefined && err !== null) return done(err);
      const handler = handlers[at++];
      if (!handler) return done();
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise) result.catch(done);
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
}
