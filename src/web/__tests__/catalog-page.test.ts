import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';
import { CATALOG_CSP } from '../catalog-page';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

describe('the catalog page (资源共享目录网页)', () => {
  it('/catalog redirects to /catalog/, whose shell allows only its own scripts and styles', async () => {
    const redirect = await fetch(`${t.url}/catalog`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/catalog/');

    const res = await fetch(`${t.url}/catalog/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CATALOG_CSP);
    const html = await res.text();
    expect(html).toContain('资源共享目录');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/assets/catalog/main.js">']);
  });

  it('serves every module the page imports from the hub, each by a relative path (there is no import map)', async () => {
    const seen = new Map<string, string>();
    const pending = ['/assets/catalog/main.js'];
    while (pending.length) {
      const url = pending.pop()!;
      if (seen.has(url)) continue;
      const res = await fetch(`${t.url}${url}`);
      expect([url, res.status, res.headers.get('content-type')]).toEqual([url, 200, 'text/javascript; charset=utf-8']);
      const source = await res.text();
      seen.set(url, source);
      for (const [, from, bare] of source.matchAll(/(?:^|[\s;}])(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']/gm)) {
        const specifier = from ?? bare;
        expect([url, specifier]).toEqual([url, expect.stringMatching(/^\.\.?\//)]);
        pending.push(new URL(specifier, `http://hub${url}`).pathname);
      }
    }
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining(['/assets/catalog/vendor/preact.mjs', '/assets/catalog/vendor/htm.mjs', '/assets/catalog/views/app.js']),
    );
    for (const source of seen.values()) expect(source).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('has browsers revalidate the vendor modules, whose URLs name no version', async () => {
    for (const path of ['/assets/catalog/vendor/preact.mjs', '/assets/catalog/vendor/htm.mjs']) {
      const res = await fetch(`${t.url}${path}`);
      expect([path, res.status, res.headers.get('cache-control'), res.headers.has('etag')]).toEqual([path, 200, 'public, max-age=0', true]);
    }
  });

  it('serves the style sheet and icon, and NOT_FOUND for anything else under its assets', async () => {
    expect((await fetch(`${t.url}/assets/catalog/catalog.css`)).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${t.url}/assets/catalog/favicon.svg`)).status).toBe(200);
    for (const path of [
      '/assets/catalog/nothing.js',
      '/assets/catalog/vendor/react.js',
      '/assets/catalog/vendor/constructor',
      '/assets/catalog/%2e%2e/%2e%2e/package.json',
    ]) {
      const res = await fetch(`${t.url}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
    }
  });
});
