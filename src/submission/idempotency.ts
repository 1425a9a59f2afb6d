import type { EntityManager } from 'typeorm';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';

/**
 * Runs `apply` in one transaction, once per (principal, idempotency key): a retry with the same key returns the
 * first result instead of applying again. The key is claimed first, so a concurrent duplicate waits and replays.
 */
export async function once<R extends Record<string, unknown>>(
  ctx: HubContext,
  operation: string,
  key: string,
  apply: (m: EntityManager) => Promise<R>,
): Promise<{ result: R; replayed: boolean }> {
  if (!/^[\w.:-]{8,128}$/.test(key)) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, '幂等键应为 8–128 位字母、数字或 _.:-（建议用 UUID）', { details: { argument: 'idempotencyKey' } });
  }
  const principal = ctx.access.principal.departmentId;
  return ctx.db.transaction(async (m) => {
    const claimed = await m.query(
      `INSERT INTO submission (principal_id, idempotency_key, operation, applied_at, result) VALUES ($1, $2, $3, $4, '{}')
       ON CONFLICT DO NOTHING RETURNING 1`,
      [principal, key, operation, ctx.access.now],
    );
    if (!claimed.length) {
      const [earlier] = await m.query(`SELECT operation, result FROM submission WHERE principal_id = $1 AND idempotency_key = $2`, [principal, key]);
      if (earlier.operation !== operation) {
        throw new HubError(ErrorCode.BAD_USER_INPUT, `幂等键已用于另一种提交（${earlier.operation}）`, { details: { argument: 'idempotencyKey' } });
      }
      return { result: earlier.result as R, replayed: true };
    }
    const result = await apply(m);
    await m.query(`UPDATE submission SET result = $3 WHERE principal_id = $1 AND idempotency_key = $2`, [principal, key, JSON.stringify(result)]);
    return { result, replayed: false };
  });
}

/** The stored result of an earlier submission under this key, if any (for a retry arriving after the first). */
export async function replayOf<R>(ctx: HubContext, operation: string, key: string): Promise<R | undefined> {
  const [row] = await ctx.db.query(`SELECT operation, result FROM submission WHERE principal_id = $1 AND idempotency_key = $2`, [
    ctx.access.principal.departmentId,
    key,
  ]);
  if (!row) return undefined;
  if (row.operation !== operation) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `幂等键已用于另一种提交（${row.operation}）`, { details: { argument: 'idempotencyKey' } });
  }
  return row.result as R;
}
