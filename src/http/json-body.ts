import type { IncomingMessage } from 'node:http';
import express, { type RequestHandler } from 'express';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';

/** The body nearly every GraphQL request sends: JSON in UTF-8, not compressed. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Reads a JSON request body. The common case (application/json, UTF-8, not compressed) is read straight into a buffer
 * and parsed: body-parser's media-type parsing and decoding streams cost as much per small request as Apollo's
 * pipeline. Everything else (other charsets, gzip, other types) goes to `express.json`, with its own refusals.
 * Either way the same limits and codes: PAYLOAD_TOO_LARGE past the limit, BAD_REQUEST for what is not a JSON object
 * or array (body-parser's strict mode).
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const general = express.json({ limit: limitBytes });
  const tooLarge = () => new HubError(ErrorCode.PAYLOAD_TOO_LARGE, `请求体过大，上限为 ${limitBytes} 字节 (payload too large)`);
  return (req, res, next) => {
    const type = req.headers['content-type'];
    if (req.method !== 'POST' || type === undefined || !PLAIN_JSON.test(type) || req.headers['content-encoding'] !== undefined) return general(req, res, next);
    read(req, limitBytes).then((body) => {
      if (body === TOO_LARGE) return next(tooLarge());
      req.body = body;
      next();
    }, next);
  };
}

const TOO_LARGE = Symbol('too large');

/**
 * The body as JSON, or TOO_LARGE. The stream's events fire in the socket's async context; awaited as one promise, what
 * follows runs in the request's own (the statement count of X-SQL-Statements lives in it), without an async iterator's
 * machinery per request. Past the limit the rest is read off and dropped, as body-parser does, so the client gets
 * the answer.
 */
async function read(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = Number(req.headers['content-length']) > limitBytes;
  await new Promise<void>((resolve, reject) => {
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) refused = true;
      if (!refused) chunks.push(chunk);
    });
    req.once('end', resolve);
    req.once('error', reject);
  });
  if (refused) return TOO_LARGE;
  const text = Buffer.concat(chunks, size).toString('utf8');
  const first = text.trimStart()[0];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[') throw invalid();
  try {
    return JSON.parse(text);
  } catch {
    throw invalid();
  }
}

const invalid = () => new HubError(ErrorCode.BAD_REQUEST, '请求体不是合法的 JSON (invalid JSON body)');
