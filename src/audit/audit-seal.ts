import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { canonicalPayload, type AuditPayload } from './audit-chain';

/** The chain's head as the hub saw it after a write: the record id and its hash. */
export interface Checkpoint {
  id: string;
  hash: string;
  at: string;
}

export interface SealSettings {
  /** The key itself (AUDIT_KEY), from a secret store; else it is read from, or made in, `keyFile`. */
  key?: string;
  keyFile: string;
  checkpointFile: string;
}

const KEY_BYTES = 32;

/**
 * What anchors the audit trail outside the database. Each record's hash is an HMAC under a key the database never
 * holds, so a superuser who edits a record cannot recompute the chain after it; and the chain's head is written
 * to a checkpoint file beside the hub, so deleting the newest records shows as a checkpoint the chain no longer
 * reaches. Checkpoint lines are signed with the same key.
 */
export class AuditSeal {
  private constructor(
    private readonly key: Buffer,
    readonly checkpointFile: string,
  ) {}

  /** The seal for writing: the key is made on first use when none is configured. */
  static open(settings: SealSettings, logger: Logger): AuditSeal {
    return new AuditSeal(loadKey(settings, logger, true), path.resolve(settings.checkpointFile));
  }

  /** The seal for verifying: without the key there is nothing to verify against, so none is made. */
  static forVerifying(settings: SealSettings, logger: Logger): AuditSeal {
    return new AuditSeal(loadKey(settings, logger, false), path.resolve(settings.checkpointFile));
  }

  /** HMAC-SHA256 over the predecessor's hash and the record's canonical JSON (hash scheme 2). */
  hash(prevHash: string, payload: AuditPayload): string {
    return this.hashCanonical(prevHash, canonicalPayload(payload));
  }

  /** `hash`, for a record whose canonical JSON the caller has made already. */
  hashCanonical(prevHash: string, canonical: string): string {
    return this.mac(`${prevHash}\n${canonical}`);
  }

  /** Appends the heads, each line signed, and forces them to disk. */
  appendCheckpoints(cps: Checkpoint[]): void {
    fs.mkdirSync(path.dirname(this.checkpointFile), { recursive: true });
    const fd = fs.openSync(this.checkpointFile, 'a', 0o600);
    try {
      fs.writeSync(fd, cps.map((cp) => `${JSON.stringify({ ...cp, mac: this.mac(checkpointText(cp)) })}\n`).join(''));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The checkpoints written so far, and how many lines do not carry a valid signature (an altered file). */
  readCheckpoints(): { checkpoints: Checkpoint[]; unsigned: number } {
    if (!fs.existsSync(this.checkpointFile)) return { checkpoints: [], unsigned: 0 };
    const checkpoints: Checkpoint[] = [];
    let unsigned = 0;
    for (const line of fs.readFileSync(this.checkpointFile, 'utf8').split('\n').filter(Boolean)) {
      try {
        const { mac, ...cp } = JSON.parse(line) as Checkpoint & { mac: string };
        if (this.equal(mac, this.mac(checkpointText(cp)))) checkpoints.push(cp);
        else unsigned++;
      } catch {
        unsigned++;
      }
    }
    return { checkpoints, unsigned };
  }

  private mac(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex');
  }

  private equal(a: string, b: string): boolean {
    const x = Buffer.from(String(a));
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  }
}

const checkpointText = (cp: Checkpoint) => `checkpoint\n${cp.id}\n${cp.hash}\n${cp.at}`;

function loadKey(settings: SealSettings, logger: Logger, create: boolean): Buffer {
  if (settings.key) return decodeKey(settings.key, 'AUDIT_KEY');
  const file = path.resolve(settings.keyFile);
  if (fs.existsSync(file)) return decodeKey(fs.readFileSync(file, 'utf8').trim(), file);
  if (!create) throw new Error(`no audit key: set AUDIT_KEY or put the hub's key file at ${file} (AUDIT_KEY_FILE)`);
  const key = randomBytes(KEY_BYTES);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  logger.warn({ file }, 'audit key created: keep this file (or set AUDIT_KEY from a secret store); records sealed with it cannot be verified without it');
  return key;
}

function decodeKey(text: string, source: string): Buffer {
  const key = /^[0-9a-f]+$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < KEY_BYTES) throw new Error(`${source}: the audit key must have at least ${KEY_BYTES} bytes (64 hex digits or 44 base64 characters)`);
  return key;
}
