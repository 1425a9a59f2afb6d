import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, TEST_TODAY } from '../helpers/test-clock';
import type { TestHub } from '../helpers/test-hub';
import { browserSuite, SCREENSHOTS } from './browser-suite';

/**
 * GraphiQL in headless Chromium against a real hub, used as a person would: the public page anonymously, the
 * department page through its key field; the schema in Docs, a query typed and run, each page's own storage.
 */
const suite = browserSuite({ DEMO_DATA: 'true' });
let t: TestHub;
beforeAll(() => {
  t = suite.t;
});

const newContext = (): Promise<BrowserContext> => suite.context();

async function open(context: BrowserContext, where: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${t.url}${where}`);
  await page.locator('.graphiql-container').waitFor();
  return page;
}

/** Replaces the query editor's text as typing would, runs it with the ▶ button and returns the response pane's JSON. */
async function run(page: Page, query: string): Promise<any> {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && !r.request().postData()?.includes('IntrospectionQuery'));
  await page.locator('.graphiql-execute-button').click();
  await answered;
  const pane = page.locator('.graphiql-response .CodeMirror');
  // CodeMirror renders the text once the response arrived; wait until it is complete JSON.
  let text = '';
  for (let i = 0; i < 50; i++) {
    text = await pane.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    try {
      return JSON.parse(text);
    } catch {
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`no JSON in the response pane: ${text}`);
}

/**
 * Waits (up to 5 s) until localStorage holds this value under this key. Polled with page.evaluate, which the page's CSP
 * allows; page.waitForFunction re-runs its predicate through eval, which the CSP refuses once the first try is false.
 */
async function storedWithin(page: Page, key: string, value: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await page.evaluate(`localStorage.getItem(${JSON.stringify(key)})`)) === value) return;
    await page.waitForTimeout(100);
  }
}

/** Opens Docs and waits for the root types the schema introspected. */
async function docsShowSchema(page: Page): Promise<string> {
  await page.locator('button[aria-label="Show Documentation Explorer"]').click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).first().waitFor();
  return (await docs.innerText()).trim();
}

describe('the public GraphiQL (/public/graphql)', () => {
  it('loads anonymously, shows the public schema in Docs and runs a typed query', async () => {
    const context = await newContext();
    const page = await open(context, '/public/graphql');
    expect(await page.title()).toBe('土壤环境信息公开 GraphQL 查询 · 廊坊市土壤环境信息共享平台');
    expect(await page.locator('.soilhub-bar').innerText()).toContain('无需登录');
    // No headers editor, and nothing of a department key anywhere.
    expect(await page.getByText('Headers', { exact: true }).count()).toBe(0);
    expect(await page.locator('input[name=key]').count()).toBe(0);

    expect(await docsShowSchema(page)).toContain('query');
    const expected = await fetch(`${t.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ contaminatedSites(first: 3) { totalCount } }' }),
    }).then((r) => r.json() as Promise<{ data: { contaminatedSites: { totalCount: number } } }>);
    const result = await run(page, '{ contaminatedSites(first: 3) { totalCount nodes { name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.contaminatedSites.totalCount).toBe(expected.data.contaminatedSites.totalCount);
    expect(result.data.contaminatedSites.totalCount).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the department GraphiQL (/graphql and /)', () => {
  it('asks for the key, says why one is refused, then loads the schema and runs queries as the department', async () => {
    const context = await newContext();
    const page = await open(context, '/graphql');
    expect(await page.title()).toBe('GraphQL 查询（部门）· 廊坊市土壤环境信息共享平台');
    const key = page.getByLabel('部门应用密钥 (API key)');
    await key.waitFor();

    // Text a header cannot carry is refused by the page, before any request.
    await key.fill('在此填入部门应用密钥');
    await page.getByRole('button', { name: '连接' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('密钥只含英文字母');

    await key.fill('sh_000000000000_wrongwrongwrongwrongwrongwrongwrongwrongwro');
    await page.getByRole('button', { name: '连接' }).click();
    const refused = await page.getByRole('alert').innerText();
    expect(refused).toContain('密钥无效、已过期或已吊销');
    expect(refused).toContain('UNAUTHENTICATED');

    await key.fill(await t.keyOf('environment'));
    await page.getByRole('button', { name: '连接' }).click();
    expect(await page.getByRole('status').innerText()).toBe('已连接：市环保局（environment）');
    expect(await docsShowSchema(page)).toContain('query');
    const me = await run(page, '{ me { code name } }');
    expect(me).toEqual({ data: { me: { code: 'environment', name: '市环保局' } } });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-department-1280.png') });

    // A reload keeps the tab connected; signing out forgets the key.
    await page.reload();
    expect(await page.getByRole('status').innerText()).toBe('已连接：市环保局（environment）');
    await page.getByRole('button', { name: '退出' }).click();
    await key.waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await context.close();
  });

  it('sends the purpose typed in its field as X-Purpose, so a conditional item read under a grant is released', async () => {
    const purpose = '土壤污染防治专项资金绩效评价';
    const asked = await t.as('finance')(
      `mutation { requestAccess(resource: "LF.02.0009", items: ["investmentWanYuan"], purpose: "${purpose}", legalBasis: "方案第（二十九）条",
        periodFrom: "${TEST_TODAY}", periodTo: "${addDays(TEST_TODAY, 365)}") { id } }`,
    );
    await t.as('environment')(`mutation { approveAccessRequest(id: "${asked.body.data!.requestAccess.id}") { status } }`);

    const context = await newContext();
    const page = await open(context, '/');
    await page.getByLabel('部门应用密钥 (API key)').fill(await t.keyOf('finance'));
    await page.getByRole('button', { name: '连接' }).click();
    await page.getByRole('status').waitFor();
    const query = '{ remediationProjects(first: 1) { nodes { investmentWanYuan } } }';
    const without = await run(page, query);
    expect(without.errors[0].extensions.reason).toBe('PURPOSE_MISMATCH');
    await page.getByLabel('用途 (X-Purpose)').fill(purpose);
    const withPurpose = await run(page, query);
    expect(withPurpose.errors).toBeUndefined();
    expect(typeof withPurpose.data.remediationProjects.nodes[0].investmentWanYuan).toBe('number');
    await context.close();
  });

  it("keeps its saved queries apart from the public page's", async () => {
    const context = await newContext();
    const department = await open(context, '/graphql');
    await department.getByLabel('部门应用密钥 (API key)').fill(await t.keyOf('agriculture'));
    await department.getByRole('button', { name: '连接' }).click();
    await department.getByRole('status').waitFor();
    await run(department, '{ me { name } }');
    const publicPage = await open(context, '/public/graphql');
    await run(publicPage, '{ planTargets { indicator } }');
    // GraphiQL stores the editor's text after a debounce, not when the query runs.
    await storedWithin(publicPage, 'soilhub:public:graphiql:query', '{ planTargets { indicator } }');

    const keys = (await publicPage.evaluate('Object.keys(localStorage)')) as string[];
    expect(keys.filter((k) => !k.startsWith('soilhub:department:') && !k.startsWith('soilhub:public:'))).toEqual([]);
    const saved = (await publicPage.evaluate(
      '[localStorage.getItem("soilhub:department:graphiql:query"), localStorage.getItem("soilhub:public:graphiql:query")]',
    )) as string[];
    expect(saved).toEqual(['{ me { name } }', '{ planTargets { indicator } }']);
    // The key itself is never written to localStorage.
    expect(JSON.stringify(await publicPage.evaluate('Object.values(localStorage)'))).not.toContain('sh_');
    await context.close();
  });
});
