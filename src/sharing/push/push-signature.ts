import { createHmac, timingSafeEqual } from 'node:crypto';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the receiver checks the time and recomputes the MAC. */
export const SIGNATURE_HEADER = 'x-soilhub-signature';
/** `<subscriber id>:<from cursor>-<to cursor>`: the same batch keeps its id on every retry, so a receiver can dedupe. */
export const DELIVERY_HEADER = 'x-soilhub-delivery';

export function sign(secret: string, unixSeconds: number, body: string): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

/** For receivers (and the tests): whether a delivery is the hub's and recent (within `toleranceSeconds`). */
export function verify(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(sign(secret, t, body).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
