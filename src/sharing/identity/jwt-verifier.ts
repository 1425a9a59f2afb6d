import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type KeyLike } from 'jose';

export interface JwtSettings {
  publicKey?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  algorithms: string[];
  /** Claim holding the department code. */
  departmentClaim: string;
  /** Longest lifetime (exp − iat) a token may have, in seconds. */
  maxLifetimeSeconds: number;
}

/** Verifies a JWT from the city's identity provider and returns the department code it carries. */
export type JwtVerifier = (token: string, now: Date) => Promise<string>;

export async function createJwtVerifier(s: JwtSettings): Promise<JwtVerifier | undefined> {
  let key: KeyLike | JWTVerifyGetKey;
  if (s.jwksUrl) key = createRemoteJWKSet(new URL(s.jwksUrl));
  else if (s.publicKey) key = await importSPKI(s.publicKey, s.algorithms[0]);
  else return undefined;
  return async (token, now) => {
    const { payload } = await jwtVerify(token, key as KeyLike, {
      issuer: s.issuer,
      audience: s.audience,
      algorithms: s.algorithms,
      currentDate: now,
      // A token that never expires, or lives for years, is a key nobody can revoke.
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: s.maxLifetimeSeconds,
    });
    if ((payload.exp as number) - (payload.iat as number) > s.maxLifetimeSeconds) throw new Error('token lifetime exceeds JWT_MAX_LIFETIME_SECONDS');
    const code = payload[s.departmentClaim];
    if (typeof code !== 'string' || !code) throw new Error(`missing claim ${s.departmentClaim}`);
    return code;
  };
}
