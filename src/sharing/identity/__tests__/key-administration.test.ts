import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';

/** The administrator issues and revokes department keys through the API; both are audited, a revocation holds at once. */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

const admin = () => t.as('platform-admin');
const withKey = async (key: string, query: string) => {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe('department keys', () => {
  it('are issued by the administrator only, shown once, and work at once', async () => {
    const issue = (department: string, days = 30) =>
      `mutation { issueApiKey(department: "${department}", name: "资金测算系统", validDays: ${days}) { key apiKey { id prefix department active expiresAt } } }`;
    expect((await t.as('finance')(issue('finance'))).body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    expect((await admin()(issue('nobody'))).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'department' } });
    expect((await admin()(issue('finance', 0))).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'validDays' } });

    const { body } = await admin()(issue('finance'));
    const issued = (body.data as any).issueApiKey;
    expect(issued.key).toMatch(new RegExp(`^sh_${issued.apiKey.prefix}_[\\w-]{43}$`));
    expect(issued.apiKey).toMatchObject({ department: 'finance', active: true, expiresAt: new Date(t.now().getTime() + 30 * 86_400_000).toISOString() });
    expect((await withKey(issued.key, '{ me { code } }')).body.data).toEqual({ me: { code: 'finance' } });

    // 市财政局 sees its own keys, never another department's; nothing of the secret.
    const own = (await t.as('finance')('{ apiKeys { prefix department } }')).body.data as any;
    expect(own.apiKeys.every((k: any) => k.department === 'finance')).toBe(true);
    expect(own.apiKeys.map((k: any) => k.prefix)).toContain(issued.apiKey.prefix);
    await t.keyOf('environment');
    const all = (await admin()('{ apiKeys(department: "environment") { department } }')).body.data as any;
    expect(all.apiKeys.length).toBeGreaterThan(0);
    expect(new Set(all.apiKeys.map((k: any) => k.department))).toEqual(new Set(['environment']));

    const [record] = await t.hub.database.dataSource.query(
      `SELECT detail FROM audit_record WHERE kind = 'key' AND detail->>'event' = 'created' AND (detail->>'keyId')::int = $1`,
      [Number(issued.apiKey.id)],
    );
    expect(record.detail).toMatchObject({ department: 'finance', prefix: issued.apiKey.prefix });
  });

  it('are revoked by the administrator with a reason, refused at once, and audited', async () => {
    const issued = ((await admin()('mutation { issueApiKey(department: "finance", name: "将停用的系统") { key apiKey { id } } }')).body.data as any)
      .issueApiKey;
    expect((await withKey(issued.key, '{ me { code } }')).status).toBe(200);
    const revoke = (reason: string) => `mutation { revokeApiKey(id: "${issued.apiKey.id}", reason: "${reason}") { active revokedAt } }`;
    expect((await t.as('finance')(revoke('泄露'))).body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await admin()(revoke(' '))).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'reason' } });
    const revoked = (await admin()(revoke('应用下线'))).body.data as any;
    expect(revoked.revokeApiKey).toEqual({ active: false, revokedAt: t.now().toISOString() });
    const refused = await withKey(issued.key, '{ me { code } }');
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(refused.body.errors[0].message).toContain('吊销');
    expect((await admin()(revoke('再次'))).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const [record] = await t.hub.database.dataSource.query(
      `SELECT detail FROM audit_record WHERE kind = 'key' AND detail->>'event' = 'revoked' AND (detail->>'keyId')::int = $1`,
      [Number(issued.apiKey.id)],
    );
    expect(record.detail).toMatchObject({ department: 'finance', reason: '应用下线' });
  });
});
