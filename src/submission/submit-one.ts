import type { EntityManager } from 'typeorm';
import { SubmissionResult } from '../environment/soil-sample.submission';
import type { HubContext } from '../graphql/context';
import { once, replayOf } from './idempotency';
import { scanAlerts } from '../decision/alerts/alert-scan';
import { recordChanges } from './outbox';

export interface OneChange {
  recordId: number;
  code: string;
  op: 'insert' | 'update';
  values: Record<string, unknown>;
  /** An update's values before it, by the same items. */
  previous?: Record<string, unknown>;
}

/**
 * The shape every single-record submission shares: replay a known key, check who may write and any precondition, apply in one
 * transaction with its outbox row, audit what happened.
 */
export async function submitOne(
  ctx: HubContext,
  spec: {
    operation: string;
    idempotencyKey: string;
    typeName: string;
    countyId: number | null;
    /** Runs once the caller may write and before the transaction: a precondition that may refuse (the approval gate). */
    before?: () => Promise<void>;
    apply: (m: EntityManager) => Promise<OneChange>;
  },
): Promise<SubmissionResult> {
  const replay = await replayOf<{ applied: number; codes: string[] }>(ctx, spec.operation, spec.idempotencyKey);
  if (replay) return Object.assign(new SubmissionResult(), { ...replay, replayed: true });
  ctx.access.authorise({ kind: 'submit', resource: spec.typeName, counties: spec.countyId === null ? [] : [spec.countyId] });
  await spec.before?.();
  const { result, replayed } = await once(ctx, spec.operation, spec.idempotencyKey, async (m) => {
    const change = await spec.apply(m);
    await recordChanges(m, ctx.access.principal.departmentId, ctx.access.now, [
      { resource: spec.typeName, recordId: change.recordId, op: change.op, countyId: spec.countyId, values: change.values, previous: change.previous ?? null },
    ]);
    // Alerts follow the data they watch in the same transaction: a class decision or a planned use may raise one.
    await scanAlerts(m, ctx.access.now, ctx.access.principal.departmentId);
    return { applied: 1, codes: [change.code] };
  });
  ctx.auditDetail.submission = { operation: spec.operation, idempotencyKey: spec.idempotencyKey, replayed, codes: result.codes };
  return Object.assign(new SubmissionResult(), { applied: result.applied as number, codes: result.codes as string[], replayed });
}
