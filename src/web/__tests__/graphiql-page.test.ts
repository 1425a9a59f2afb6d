import vm from 'node:vm';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';
import { GRAPHIQL_CSP } from '../graphiql-page';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

const asBrowser = { accept: 'text/html,application/xhtml+xml' };

describe('the GraphiQL pages', () => {
  it.each([
    ['/', 'department', '/graphql'],
    ['/graphql', 'department', '/graphql'],
    ['/public/graphql', 'public', '/public/graphql'],
  ])('%s is the %s page for %s: a shell without inline code, under the page policy', async (path, face, endpoint) => {
    const res = await fetch(`${t.url}${path}`, { headers: asBrowser });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    const html = await res.text();
    expect(html).toContain(`data-face="${face}" data-endpoint="${endpoint}"`);
    expect(html).not.toMatch(/(src|href)="https?:/);
    // Every script is a file of the hub's: nothing inline for the policy to refuse or a template to break.
    expect(html.match(/<script[^>]*>[^<]+<\/script>/g)).toBeNull();
    expect(html).not.toContain('Authorization');
  });

  it('serves every script and style it names, and its own script compiles', async () => {
    const html = await (await fetch(`${t.url}/graphql`, { headers: asBrowser })).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(expect.arrayContaining(['/assets/graphiql/graphiql.js', '/assets/graphiql/page.js', '/assets/graphiql/page.css']));
    for (const asset of assets) expect([asset, (await fetch(`${t.url}${asset}`)).status]).toEqual([asset, 200]);
    const page = await (await fetch(`${t.url}/assets/graphiql/page.js`)).text();
    expect(() => new vm.Script(page)).not.toThrow();
    expect((await fetch(`${t.url}/assets/graphiql/constructor`)).status).toBe(404);
  });
});
