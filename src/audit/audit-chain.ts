import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

/** What a record's hash covers: every column but the id and the hash itself, in a canonical form. */
export interface AuditPayload {
  at: Date;
  kind: string;
  requestId: string | null;
  principalId: number | null;
  keyId: number | null;
  operationName: string | null;
  operationHash: string | null;
  purpose: string | null;
  released: Record<string, unknown>;
  denied: unknown[];
  grantsUsed: number[];
  outcome: string;
  durationMs: number | null;
  detail: Record<string, unknown>;
}

/** A stored row (database column names) as the payload its hash covers. */
export const auditPayloadOf = (r: Record<string, any>): AuditPayload => ({
  at: new Date(r.at),
  kind: r.kind,
  requestId: r.request_id,
  principalId: r.principal_id,
  keyId: r.key_id,
  operationName: r.operation_name,
  operationHash: r.operation_hash,
  purpose: r.purpose,
  released: r.released,
  denied: r.denied,
  grantsUsed: r.grants_used,
  outcome: r.outcome,
  durationMs: r.duration_ms,
  detail: r.detail,
});

/** An audited event that is not a department's request (a key issued, a chain opened): nothing released or denied. */
export function eventPayload(at: Date, kind: string, principalId: number | null, detail: Record<string, unknown>): AuditPayload {
  return {
    at,
    kind,
    requestId: null,
    principalId,
    keyId: null,
    operationName: null,
    operationHash: null,
    purpose: null,
    released: {},
    denied: [],
    grantsUsed: [],
    outcome: 'ok',
    durationMs: null,
    detail,
  };
}

export const GENESIS = '0'.repeat(64);

/** How a record's hash was made: 1, plain SHA-256 (records before the seal); 2, HMAC-SHA256 under the audit key. */
export const HashScheme = { SHA256: 1, HMAC: 2 } as const;

/** Sorted keys, compact, a cycle refused: what json-stable-stringify wrote for the records hashed before (half the time). */
const stringify = configure({ deterministic: true, circularValue: TypeError, bigint: false });

/** The record's canonical JSON (sorted keys: JSONB reorders them). */
export function canonicalPayload(p: AuditPayload): string {
  return stringify({ ...p, at: p.at.toISOString() })!;
}

/** Scheme 1: SHA-256 over the predecessor's hash and the canonical JSON; anyone can recompute it, hence the seal. */
export function chainHash(prevHash: string, p: AuditPayload): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalPayload(p)).digest('hex');
}
