import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { eventPayload, type AuditPayload } from '../../audit/audit-chain';
import type { AuditWriter } from '../../audit/audit-writer';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import type { DepartmentKind } from '../../reference/department-kind.enum';
import type { JwtVerifier } from './jwt-verifier';
import type { KeyCache } from './key-cache';
import type { Principal } from './principal';

/**
 * Keys look like `sh_<prefix>_<secret>`: the prefix finds the row, the secret is checked against its SHA-256.
 * 32 random bytes need no slow hash: there is nothing to guess.
 */
const KEY = /^sh_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface CreatedKey {
  id: number;
  key: string;
  prefix: string;
  expiresAt: Date;
}

/** When a key is issued (by the caller's clock: its expiry counts from then), by whom, and where that is audited. */
export interface KeyIssue {
  at: Date;
  by?: number | null;
  writer: AuditWriter;
}

export async function createApiKey(db: DataSource, departmentCode: string, name: string, validDays: number, issue: KeyIssue): Promise<CreatedKey> {
  const prefix = randomBytes(9)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(12, '0')
    .slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  const rows: { id: number; expires_at: Date }[] = await db.query(
    `INSERT INTO api_key (prefix, secret_hash, department_id, name, created_at, expires_at)
     SELECT $1, $2, d.id, $3, $6, $6::timestamptz + make_interval(days => $4) FROM department d WHERE d.code = $5 AND d.kind <> 'public'
     RETURNING id, expires_at`,
    [prefix, sha256(secret), name, validDays, departmentCode, issue.at],
  );
  if (!rows.length) throw new HubError(ErrorCode.BAD_USER_INPUT, `未知的部门编码：${departmentCode}`, { details: { argument: 'department' } });
  await issue.writer.append(
    keyEvent(issue.at, issue.by ?? null, { event: 'created', department: departmentCode, keyId: rows[0].id, prefix, name, expiresAt: rows[0].expires_at }),
  );
  return { id: rows[0].id, key: `sh_${prefix}_${secret}`, prefix, expiresAt: rows[0].expires_at };
}

/** The audit record of a key's creation or revocation. */
export function keyEvent(at: Date, by: number | null, detail: Record<string, unknown>): AuditPayload {
  return eventPayload(at, 'key', by, detail);
}

const unauthenticated = (message: string) =>
  new HubError(ErrorCode.UNAUTHENTICATED, message, { refusesOperation: true, details: { how: '请在请求头中提供 Authorization: Bearer <部门应用密钥>' } });

/** Resolves `Authorization: Bearer …` (an API key, or a JWT where one is configured) to its principal. */
export async function authenticate(db: DataSource, header: string | undefined, now: Date, jwt?: JwtVerifier, keys?: KeyCache): Promise<Readonly<Principal>> {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw unauthenticated('缺少访问凭证 (missing credentials)');
  if (jwt && token.split('.').length === 3) return fromJwt(db, token, now, jwt);
  const parts = KEY.exec(token);
  if (!parts) throw unauthenticated('访问凭证格式无效 (malformed key)');
  let key = keys?.get(parts[1]);
  if (!key) {
    const [row] = await db.query(
      `SELECT k.id AS key_id, k.secret_hash, k.expires_at, k.revoked_at, d.id, d.code, d.name, d.kind, d.county_id
         FROM api_key k JOIN department d ON d.id = k.department_id WHERE k.prefix = $1`,
      [parts[1]],
    );
    if (row) {
      key = {
        secretHash: Buffer.from(row.secret_hash, 'hex'),
        expiresAt: new Date(row.expires_at).getTime(),
        revoked: row.revoked_at !== null,
        principal: Object.freeze({
          departmentId: row.id,
          code: row.code,
          name: row.name,
          kind: row.kind as DepartmentKind,
          countyId: row.county_id,
          keyId: row.key_id,
        }),
      };
      keys?.set(parts[1], key);
    }
  }
  const given = createHash('sha256').update(parts[2]).digest();
  if (!key || !timingSafeEqual(given, key.secretHash)) throw unauthenticated('访问凭证无效 (invalid key)');
  if (key.revoked) throw unauthenticated('访问凭证已被吊销 (key revoked)');
  if (key.expiresAt <= now.getTime()) throw unauthenticated('访问凭证已过期 (key expired)');
  return key.principal;
}

async function fromJwt(db: DataSource, token: string, now: Date, jwt: JwtVerifier): Promise<Principal> {
  let code: string;
  try {
    code = await jwt(token, now);
  } catch {
    throw unauthenticated('令牌无效或已过期 (invalid or expired token)');
  }
  const [row] = await db.query(`SELECT id, code, name, kind, county_id FROM department WHERE code = $1 AND kind <> 'public'`, [code]);
  if (!row) throw unauthenticated('令牌中的部门不存在 (unknown department in token)');
  return { departmentId: row.id, code: row.code, name: row.name, kind: row.kind as DepartmentKind, countyId: row.county_id, keyId: null };
}
