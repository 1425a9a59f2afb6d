import { createHash } from 'node:crypto';
import stringify from 'json-stable-stringify';

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

export const GENESIS = '0'.repeat(64);

/** SHA-256 over the predecessor's hash and the record's canonical JSON (sorted keys: JSONB reorders them). */
export function chainHash(prevHash: string, p: AuditPayload): string {
  const canonical = stringify({ ...p, at: p.at.toISOString() })!;
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
