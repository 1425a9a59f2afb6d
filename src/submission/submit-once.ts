import type { EntityManager } from 'typeorm';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { once } from './idempotency';

/**
 * A workflow step that is not a record of a catalogued resource (a 限批 decision, an assessment's step, an answer
 * to a finding): once per idempotency key, in one transaction, audited with what `apply` names; no feed event.
 * The caller has decided the rights (`Access.authorise`) before.
 */
export async function submitOnce(
  ctx: HubContext,
  operation: string,
  idempotencyKey: string,
  apply: (m: EntityManager) => Promise<string>,
  detail: Record<string, unknown> = {},
): Promise<SubmissionResult> {
  const { result, replayed } = await once(ctx, operation, idempotencyKey, async (m) => ({ applied: 1, codes: [await apply(m)] }));
  ctx.auditDetail.submission = { operation, idempotencyKey, replayed, codes: result.codes, ...detail };
  return Object.assign(new SubmissionResult(), { ...result, replayed });
}
