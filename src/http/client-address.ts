import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The client's address as Express's `req.ip` gives it, for any Node request: the socket's, or the nearest forwarded
 * one the trusted proxies (TRUST_PROXY) vouch for. Only they may say who the client is: otherwise anyone could
 * choose its rate-limit address.
 */
export function clientAddress(trustProxy: string[]): (req: IncomingMessage) => string {
  const trust = proxyaddr.compile(trustProxy);
  return (req) => proxyaddr(req, trust);
}
