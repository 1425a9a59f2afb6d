import { LRUCache } from 'lru-cache';

/** A key's row as authentication needs it: the secret's hash, its validity, and its department. */
export interface KeyRow {
  key_id: number;
  secret_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
  id: number;
  code: string;
  name: string;
  kind: string;
  county_id: number | null;
}

/**
 * Recently used keys by prefix, so a request costs no round trip for its key. The secret and the expiry are still
 * checked on every request; a revocation or any change of a key or a department reaches every hub through
 * LISTEN soilhub_keys and is forgotten at once; the TTL only bounds what a lost notification could keep.
 */
export class KeyCache {
  private readonly rows = new LRUCache<string, KeyRow>({ max: 10_000, ttl: 60_000 });

  get(prefix: string): KeyRow | undefined {
    return this.rows.get(prefix);
  }

  set(prefix: string, row: KeyRow): void {
    this.rows.set(prefix, row);
  }

  /** A key prefix to forget, or '*' for all of them. */
  forget(prefix: string): void {
    if (prefix === '*') this.rows.clear();
    else this.rows.delete(prefix);
  }
}
