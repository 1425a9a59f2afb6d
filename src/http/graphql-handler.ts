import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Hands a request to Apollo Server and writes its answer, as `@as-integrations/express5` does, without the work a
 * GraphQL answer does not need on every request: the legacy `url.parse`, and Express's `res.send` (an ETag hashed over
 * every body, freshness checks). Department answers are per principal and never revalidated; the public endpoint
 * asks for `revalidate`.
 */
export function graphqlHandler<C extends object>(
  apollo: ApolloServer<C>,
  context: (req: Request, res: Response) => Promise<C>,
  /** Answers through `res.send`, with an ETag and 304 for conditional requests: for the cacheable public answers. */
  options: { revalidate?: boolean } = {},
): RequestHandler {
  apollo.assertStarted('graphqlHandler()');
  return async (req, res, next) => {
    try {
      const headers = new HeaderMap();
      for (const key in req.headers) {
        const value = req.headers[key];
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const query = req.url.indexOf('?');
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
        context: () => context(req, res),
      });
      if (res.headersSent) return;
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete' && options.revalidate) {
        res.send(answer.body.string);
        return;
      }
      if (answer.body.kind === 'complete') {
        res.setHeader('Content-Length', Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      next(err);
    }
  };
}
