import { LRUCache } from 'lru-cache';
import type { Principal } from './principal';

/** A key as authentication checks it, worked out once from its row: the secret's hash, its validity, its principal. */
export interface KnownKey {
  secretHash: Buffer;
  expiresAt: number;
  revoked: boolean;
  principal: Readonly<Principal>;
}

/**
 * Recently used keys by prefix, so a request costs no round trip for its key. The secret and the expiry are still
 * checked on every request; a revocation or any change of a key or a department reaches every hub through
 * LISTEN soilhub_keys and is forgotten at once; the TTL only bounds what a lost notification could keep.
 */
export class KeyCache {
  private readonly rows = new LRUCache<string, KnownKey>({ max: 10_000, ttl: 60_000 });

  get(prefix: string): KnownKey | undefined {
    return this.rows.get(prefix);
  }

  set(prefix: string, key: KnownKey): void {
    this.rows.set(prefix, key);
  }

  /** A key prefix to forget, or '*' for all of them. */
  forget(prefix: string): void {
    if (prefix === '*') this.rows.clear();
    else this.rows.delete(prefix);
  }
}
