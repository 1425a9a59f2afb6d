import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createApiKey } from '../../src/sharing/identity/api-keys';
import { addDays, TEST_TODAY } from '../helpers/test-clock';
import type { TestHub } from '../helpers/test-hub';
import { browserSuite, SCREENSHOTS } from './browser-suite';

/**
 * 资源共享目录网页 in headless Chromium against a real hub: anonymous browsing, then search → entry →
 * request (市财政局) → approval (市环保局, the provider) → the item readable; errors; 1280 and 390 px layouts.
 */
const WIDE = 1280;
const NARROW = 390;
const RESOURCE = 'LF.02.0009'; // 治理与修复工程, 市环保局's; its investment is 有条件共享
const ITEM = 'investmentWanYuan';
const PURPOSE = '土壤污染防治专项资金绩效评价';
/** Ends of request periods, from the hub's clock. */
const PERIOD_END = addDays(TEST_TODAY, 400);
const LATER_END = addDays(TEST_TODAY, 700);

const suite = browserSuite();
let t: TestHub;
beforeAll(() => {
  t = suite.t;
});

/** A new browser window: its own sessionStorage, so its own sign-in. */
const openWindow = (width = WIDE): Promise<Page> => suite.window(width);

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().innerText()).trim();
}

async function signIn(page: Page, department: string): Promise<void> {
  await page.fill('#department-key', await t.keyOf(department));
  await page.click('.sign-in button[type=submit]');
  await page.locator('.account').waitFor();
}

const card = (page: Page, code: string) => page.locator(`.entry-card[data-code="${code}"]`);
const itemRow = (page: Page, field: string) => page.locator(`tr[data-item="${field}"]`);

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [WIDE, NARROW]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: WIDE, height: 900 });
}

// Code run in the page is given as text: the test's own TypeScript knows no DOM.

/**
 * Waits (up to 5 s) for the list to show exactly these entries, in order: Playwright waits for a selector only that
 * list matches. (page.waitForFunction runs its predicate through eval, which the page's CSP refuses.)
 */
async function cardsBecome(page: Page, codes: string[]): Promise<void> {
  const exactly = codes.map((code, i) => `:has(> li:nth-child(${i + 1})[data-code="${code}"])`).join('') + `:not(:has(> li:nth-child(${codes.length + 1})))`;
  // A timeout is not the failure: the assertion after it says which entries the list shows instead.
  await page
    .locator(`ol.entries${exactly}`)
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  expect(await page.locator('.entry-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')))).toEqual(codes);
}

/** The page body never scrolls sideways: everything wraps or stacks. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

interface PublicEntry {
  code: string;
  name: string;
  provider: string;
  items: { fieldName: string; label: string }[];
}

async function disclosureIndex(): Promise<PublicEntry[]> {
  const res = await fetch(`${t.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ disclosureIndex { code name provider items { fieldName label } } }' }),
  });
  return ((await res.json()) as { data: { disclosureIndex: PublicEntry[] } }).data.disclosureIndex;
}

describe('anonymous visitors', () => {
  it('see the public disclosure index and only the open items of an entry', async () => {
    const entries = await disclosureIndex();

    const page = await openWindow();
    const response = await page.goto(`${t.url}/catalog`);
    expect(page.url()).toBe(`${t.url}/catalog/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await textOf(page.locator('.notice'))).toContain('未登录');
    await cardsBecome(
      page,
      entries.map((e) => e.code),
    );
    expect(await textOf(page.locator('.result-count'))).toBe(`共 ${entries.length} 项资源`);

    // Exactly the entries whose code, name, provider or an open item's label has the keyword.
    const keyword = '修复';
    const found = entries.filter((e) => [e.code, e.name, e.provider, ...e.items.map((i) => i.label)].some((s) => s.includes(keyword)));
    expect(found.map((e) => e.code)).toContain(RESOURCE);
    expect(found.length).toBeLessThan(entries.length);
    await page.fill('input[name=q]', keyword);
    await page.waitForURL(/q=%E4%BF%AE%E5%A4%8D/);
    await cardsBecome(
      page,
      found.map((e) => e.code),
    );

    await card(page, RESOURCE).locator('a').click();
    expect(await textOf(page.locator('.entry h1'))).toBe('治理与修复工程');
    const open = entries.find((e) => e.code === RESOURCE)!.items.map((i) => i.fieldName);
    expect(await page.locator('tr[data-item]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')))).toEqual(open);
    expect(open).not.toContain(ITEM);

    // An address that is not valid percent-encoding names the code as typed, arriving or loaded afresh.
    await page.goto(`${t.url}/catalog/#/entry/%E0`);
    const unknown = '资源 %E0 没有向社会公开的信息项。部门用户登录后可查看完整的资源共享目录。';
    expect(await textOf(page.locator('main .empty'))).toBe(unknown);
    await page.reload();
    expect(await textOf(page.locator('main .empty'))).toBe(unknown);
    await page.context().close();
  });

  it('filter by provider name, departments by provider code: neither is applied as the other across sign-in and sign-out', async () => {
    const entries = await disclosureIndex();
    const page = await openWindow();
    await page.goto(`${t.url}/catalog/`);
    await page.selectOption('select[name=providerName]', '市环保局');
    await cardsBecome(
      page,
      entries.filter((e) => e.provider === '市环保局').map((e) => e.code),
    );

    await signIn(page, 'finance');
    const { body: all } = await t.as('finance')('{ catalog { code } }');
    await cardsBecome(
      page,
      all.data!.catalog.map((e: { code: string }) => e.code),
    );
    expect(await page.inputValue('select[name=provider]')).toBe('');
    await page.selectOption('select[name=provider]', 'environment');
    const { body: own } = await t.as('finance')('{ catalog(provider: "environment") { code } }');
    await cardsBecome(
      page,
      own.data!.catalog.map((e: { code: string }) => e.code),
    );
    expect(new URL(page.url()).hash).toBe('#/?provider=environment');

    await page.click('.account button');
    await cardsBecome(
      page,
      entries.map((e) => e.code),
    );
    expect(await page.inputValue('select[name=providerName]')).toBe('');
    await page.context().close();
  });
});

describe('a department and a provider', () => {
  it('search, open an entry, request an item, approve it, and the item becomes readable', async () => {
    const finance = await openWindow();
    await finance.goto(`${t.url}/catalog/`);
    await signIn(finance, 'finance');
    expect(await textOf(finance.locator('.account .who'))).toBe('市财政局（finance）');
    // The key lives in this tab's session only.
    expect(await finance.evaluate("[localStorage.length, sessionStorage.getItem('soilhub.catalog.key').slice(0, 3)]")).toEqual([0, 'sh_']);

    // Search and filter: the page shows what the hub's catalog query answers. A filter chosen before the
    // keyword's typing pause is over keeps the keyword.
    await finance.fill('input[name=q]', '修复');
    await finance.selectOption('select[name=sharing]', 'CONDITIONAL');
    await finance.waitForURL((url) => url.hash === '#/?q=%E4%BF%AE%E5%A4%8D&sharing=CONDITIONAL');
    expect(await finance.inputValue('input[name=q]')).toBe('修复');
    const { body } = await t.as('finance')('{ catalog(keyword: "修复", sharingType: CONDITIONAL) { code } }');
    const expected = body.data!.catalog.map((e: { code: string }) => e.code);
    expect(expected).toContain(RESOURCE);
    await cardsBecome(finance, expected);
    expect(await textOf(card(finance, RESOURCE).locator('.access-requestable'))).toBe('可申请 1');
    expect(await textOf(card(finance, RESOURCE).locator('.meta'))).toContain(' · 最近更新：');
    await screenshots(finance, 'catalog-list');

    // The entry: core metadata and the conditional item, which 市财政局 may request.
    await card(finance, RESOURCE).locator('a').click();
    expect(await textOf(finance.locator('.entry h1'))).toBe('治理与修复工程');
    expect(await textOf(finance.locator('.facts'))).toMatch(/提供部门\s*市环保局[\s\S]*更新周期\s*每半年/);
    const row = itemRow(finance, ITEM);
    expect(await textOf(row.locator('.badge').first())).toBe('有条件共享');
    expect(await textOf(row.locator('td.access .badge'))).toBe('可申请');
    expect(await textOf(itemRow(finance, 'code').locator('td.access .badge'))).toBe('可读');
    await screenshots(finance, 'catalog-entry');

    await finance.check(`input[name=items][value=${ITEM}]`);
    await finance.fill('input[name=purpose]', PURPOSE);
    await finance.fill('input[name=legalBasis]', '方案第（二十九）条');
    await finance.fill('input[name=periodTo]', PERIOD_END);
    await finance.click('.request-form button[type=submit]');
    const submitted = await textOf(finance.locator('[role=status]'));
    const mine = await t.as('finance')('{ accessRequests(role: CONSUMER, status: PENDING) { id dueOn periodTo } }');
    const [request] = mine.body.data!.accessRequests;
    expect(request.periodTo).toBe(PERIOD_END);
    expect(submitted).toBe(`已提交共享申请（编号 ${request.id}），状态：待审批。提供部门应在 ${request.dueOn} 前答复（10 个工作日）。`);
    expect(await textOf(row.locator('td.access .waiting'))).toBe(`已申请，待审批（答复期限 ${request.dueOn}）`);

    // The provider sees the pending request with its working-day deadline and approves it.
    const environment = await openWindow();
    await environment.goto(`${t.url}/catalog/`);
    await signIn(environment, 'environment');
    expect(await textOf(environment.locator('.menu .count'))).toBe('1');
    await environment.click('.menu a[href="#/requests"]');
    const decision = environment.locator(`.request-card[data-request="${request.id}"]`);
    expect(await textOf(decision.locator('.consumer'))).toBe('市财政局');
    expect(await textOf(decision.locator('.due'))).toBe(`${request.dueOn}（10 个工作日）`);
    await decision.locator('button[type=submit]').click();
    await decision.waitFor({ state: 'detached' });
    await environment.locator('.menu .count').waitFor({ state: 'detached' });
    const given = environment.locator('table.grants tbody tr');
    expect(await textOf(given.locator('td[data-label="获得授权的部门"]'))).toBe('市财政局');
    expect(await textOf(given.locator('td[data-label="状态"] .badge'))).toBe('有效');

    // Back in 市财政局's window: the item is readable until the approved end of the period.
    await finance.reload();
    expect(await textOf(row.locator('td.access .badge'))).toBe('可读');
    expect(await textOf(row.locator('td.access .grant'))).toBe(`授权至 ${PERIOD_END}；读取时声明用途“${PURPOSE}”`);
    // 数据类型 in the national catalog's words; field codes only behind 技术信息.
    expect(await textOf(row.locator('td[data-label="数据类型"]'))).toBe('数值型');
    expect(await row.locator('th code.tech').isVisible()).toBe(false);
    await finance.getByLabel('技术信息（字段代码、GraphQL 类型）').check();
    expect(await textOf(row.locator('th code.tech'))).toBe(ITEM);

    // 获取方式: the purpose header ready to copy, the example query with the granted item, the file with its column.
    const methods = finance.locator('.methods');
    expect(await textOf(methods.locator('.header-value'))).toBe(`X-Purpose: ${encodeURIComponent(PURPOSE)}`);
    await finance.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await methods.getByRole('button', { name: '复制' }).click();
    await methods.locator('[role=status]', { hasText: '已复制' }).waitFor();
    expect(await finance.evaluate<string>('navigator.clipboard.readText()')).toBe(`X-Purpose: ${encodeURIComponent(PURPOSE)}`);
    expect(await textOf(methods.locator('pre.example'))).toContain(ITEM);
    const [file] = await Promise.all([finance.waitForEvent('download'), methods.locator('button[data-format=csv]').click()]);
    expect(file.suggestedFilename()).toMatch(/^治理与修复工程-\d{4}-\d{2}-\d{2}\.csv$/);
    const header = fs
      .readFileSync((await file.path())!)
      .subarray(3)
      .toString('utf8')
      .split('\n')[0]
      .split(',');
    expect(header).toContain('投资');
    await screenshots(finance, 'catalog-entry-methods');
    await finance.click('.menu a[href="#/requests"]');
    const grant = finance.locator('table.grants tbody tr');
    expect(await textOf(grant.locator('td[data-label="用途"]'))).toBe(PURPOSE);
    expect(await textOf(grant.locator('td.validity'))).toMatch(new RegExp(` 至 ${PERIOD_END}$`));
    expect(await textOf(finance.locator(`.request-card[data-request="${request.id}"] .badge`))).toBe('已批准');

    // And the hub agrees: the grant's purpose reads the item.
    const read = await t.as('finance')('{ remediationProjects(first: 1) { nodes { investmentWanYuan } } }', undefined, {
      'x-purpose': encodeURIComponent(PURPOSE),
    });
    expect(read.body.errors).toBeUndefined();

    // The example query opened in GraphiQL: the catalog's key and the grant's purpose come with it.
    await finance.goto(`${t.url}/catalog/#/entry/${RESOURCE}`);
    await finance.locator('.methods').getByRole('link', { name: '在 GraphiQL 中打开' }).click();
    await finance.waitForURL(`${t.url}/graphql`);
    expect(await textOf(finance.locator('.soilhub-who'))).toBe('已连接：市财政局（finance）');
    expect(await finance.inputValue('input[name=purpose]')).toBe(PURPOSE);
    const editor = finance.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    const text = await editor.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    expect(text).toContain('remediationProjects(first: 10)');
    expect(text).toContain(ITEM);
    const [sent] = await Promise.all([
      finance.waitForRequest((r) => r.url() === `${t.url}/graphql` && r.method() === 'POST' && (r.postData() ?? '').includes('remediationProjects')),
      finance.locator('.graphiql-execute-button').click(),
    ]);
    expect(sent.headers()['x-purpose']).toBe(encodeURIComponent(PURPOSE));
    const pane = finance.locator('.graphiql-response .CodeMirror');
    const response = () => pane.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    // CodeMirror renders the text once the response arrived.
    for (let i = 0; i < 100 && !(await response().catch(() => '')).includes('"data"'); i++) await finance.waitForTimeout(100);
    const answer = JSON.parse(await response());
    expect(answer.errors).toBeUndefined();
    expect(answer.data.remediationProjects).toHaveProperty('totalCount');
    await finance.context().close();
    await environment.context().close();
  });

  it('see how many entries each filter gives, sort the list, and how many records each entry holds for them', async () => {
    const page = await openWindow();
    await page.goto(`${t.url}/catalog/`);
    await signIn(page, 'gov-wenan');
    const { body } = await t.as('gov-wenan')('{ catalog { code name lastUpdate recordCount items { sharingType } } }');
    const catalog = body.data!.catalog as {
      code: string;
      name: string;
      lastUpdate: string | null;
      recordCount: number | null;
      items: { sharingType: string }[];
    }[];
    const conditional = catalog.filter((e) => e.items.some((i) => i.sharingType === 'CONDITIONAL')).length;
    await page.locator(`select[name=sharing] option[value=CONDITIONAL]`, { hasText: `有条件共享（${conditional}）` }).waitFor({ state: 'attached' });

    await page.selectOption('select[name=sort]', 'name');
    await page.waitForURL((url) => url.hash.includes('sort=name'));
    const byName = [...catalog].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')).map((e) => e.code);
    await cardsBecome(page, byName);
    // A county government counts its county's records: the hub's row scope, not the table's size.
    const points = catalog.find((e) => e.code === 'LF.02.0001')!;
    const [{ n }] = await t.hub.database.dataSource.query(
      `SELECT count(*)::int AS n FROM monitoring_point p JOIN county c ON c.id = p.county_id WHERE c.name = '文安县'`,
    );
    expect(points.recordCount).toBe(n);
    expect(await textOf(card(page, 'LF.02.0001').locator('.meta'))).toContain(` · 记录 ${n.toLocaleString('zh-CN')} 条`);
    await page.context().close();
  });

  it('see a county-limited grant with its counties beside the item', async () => {
    const purpose = '建设用地土地供应审查';
    const { body: asked } = await t.as('land-resources')(
      `mutation { requestAccess(resource: "LF.02.0004", items: ["landUseHolder"], purpose: "${purpose}", legalBasis: "方案第（十四）条", periodFrom: "${TEST_TODAY}", periodTo: "${LATER_END}") { id } }`,
    );
    await t.as('environment')(`mutation { approveAccessRequest(id: "${asked.data!.requestAccess.id}", counties: ["三河市", "霸州市"]) { id } }`);
    const { body: granted } = await t.as('land-resources')('{ accessGrants(role: CONSUMER) { counties { name } } }');
    const counties = granted.data!.accessGrants[0].counties.map((c: { name: string }) => c.name);
    expect([...counties].sort()).toEqual(['三河市', '霸州市'].sort());

    const page = await openWindow();
    await page.goto(`${t.url}/catalog/#/entry/LF.02.0004`);
    await signIn(page, 'land-resources');
    const access = itemRow(page, 'landUseHolder').locator('td.access');
    expect(await textOf(access.locator('.badge'))).toBe('可读');
    expect(await textOf(access.locator('.grant'))).toBe(`授权至 ${LATER_END}，限${counties.join('、')}；读取时声明用途“${purpose}”`);
    await page.context().close();
  });
});

describe('the provider and the administrator', () => {
  it('the provider revokes a grant it gave, with a reason, and the consumer can no longer read the item', async () => {
    const asked = await t.as('finance')(
      `mutation { requestAccess(resource: "${RESOURCE}", items: ["${ITEM}"], purpose: "撤销测试", legalBasis: "方案第（二十九）条", periodFrom: "${TEST_TODAY}", periodTo: "${PERIOD_END}") { id } }`,
    );
    const approved = await t.as('environment')(`mutation { approveAccessRequest(id: "${asked.body.data!.requestAccess.id}") { grant { id } } }`);
    const grant = approved.body.data!.approveAccessRequest.grant.id;

    const page = await openWindow();
    await page.goto(`${t.url}/catalog/#/requests`);
    await signIn(page, 'environment');
    const row = page.locator(`table.grants tr[data-grant="${grant}"]`);
    await row.getByRole('button', { name: '撤销授权' }).click();
    await row.getByLabel('撤销原因').fill('用途已完成');
    await row.getByRole('button', { name: '确认撤销' }).click();
    expect(await textOf(row.locator('.status-revoked'))).toBe('已撤销');
    expect(await textOf(row.locator('td[data-label="状态"] small'))).toContain('用途已完成');
    const read = await t.as('finance')(`{ remediationProjects(first: 1) { totalCount } accessGrants(role: CONSUMER) { id active } }`, undefined, {
      'x-purpose': encodeURIComponent('撤销测试'),
    });
    expect(read.body.data!.accessGrants.find((g: { id: string }) => g.id === grant)).toEqual({ id: grant, active: false });
    await page.context().close();
  });

  it('the provider closes an item to the public from the entry page: a new version with its note, the public API follows', async () => {
    const publicly = async () =>
      (
        await fetch(`${t.url}/public/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ remediationProjects(first: 1) { nodes { contractor } } }' }),
        })
      ).json() as Promise<{ errors?: { extensions: { code: string } }[] }>;
    expect((await publicly()).errors).toBeUndefined();
    const page = await openWindow();
    await page.goto(`${t.url}/catalog/#/entry/${RESOURCE}`);
    await signIn(page, 'environment');
    const row = itemRow(page, 'contractor');
    const versions = Number((await textOf(page.locator('.versions summary'))).match(/（(\d+) 个版本）/)![1]);
    await row.getByRole('button', { name: '修改 实施单位' }).click();
    const editor = page.locator('form.item-editor[data-editing="contractor"]');
    await editor.getByLabel('向社会开放').uncheck();
    await editor.getByLabel('变更说明').fill('实施单位信息暂停公开（浏览器测试）');
    await editor.getByRole('button', { name: '保存（生成新版本）' }).click();
    // The editor closes once the entry is read again.
    await editor.waitFor({ state: 'detached' });
    await row.locator('td[data-label="向社会开放"]', { hasText: '不公开' }).waitFor();
    await page.locator('.versions summary').click();
    expect(await textOf(page.locator(`.versions li[data-version="${versions + 1}"]`))).toContain('contractor：实施单位信息暂停公开（浏览器测试）');
    expect((await publicly()).errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await screenshots(page, 'catalog-provider-edit');
    const restored = await t.as('environment')(
      `mutation { updateCatalogItem(resource: "${RESOURCE}", field: "contractor", openToPublic: true, disclosureTier: FULL, note: "恢复公开") { version } }`,
    );
    expect(restored.body.errors).toBeUndefined();
    await page.context().close();
  });

  it('the administrator adds a holiday to the working calendar, issues a key and revokes it', async () => {
    const page = await openWindow();
    await page.goto(`${t.url}/catalog/`);
    await signIn(page, 'platform-admin');
    await page.click('.menu a[href="#/admin"]');
    expect(await textOf(page.locator('.admin h1'))).toBe('平台管理');
    // The State Council's days of the hub's year are there, loaded at start.
    const year = TEST_TODAY.slice(0, 4);
    expect(await textOf(page.locator(`table.calendar tr[data-day="${year}-10-01"] td[data-label="名称"]`))).toBe('国庆节');

    const day = `${year}-12-31`;
    const form = page.locator('.calendar-form');
    await form.getByLabel('日期').fill(day);
    await form.getByLabel('类别').selectOption('HOLIDAY');
    await form.getByLabel('名称').fill('防汛应急调整');
    await form.getByRole('button', { name: '添加' }).click();
    const added = page.locator(`table.calendar tr[data-day="${day}"]`);
    expect(await textOf(added.locator('td[data-label="来源"]'))).toBe('平台管理员');
    const days = await t.as('finance')(`{ calendarDays(year: ${year}) { day kind name } }`);
    expect(days.body.data!.calendarDays).toContainEqual({ day, kind: 'HOLIDAY', name: '防汛应急调整' });

    const keys = page.locator('.key-form');
    await keys.getByLabel('部门').selectOption('finance');
    await keys.getByLabel('应用名称').fill('浏览器测试应用');
    await keys.getByRole('button', { name: '签发' }).click();
    const key = await textOf(page.locator('.issued .new-key'));
    expect(key).toMatch(/^sh_/);
    const me = async () =>
      (
        await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ me { code } }' }),
        })
      ).status;
    expect(await me()).toBe(200);
    const prefix = key.split('_')[1];
    const keyRow = page.locator(`table.keys tr[data-key="${prefix}"]`);
    await screenshots(page, 'catalog-admin');
    await keyRow.getByRole('button', { name: '吊销' }).click();
    await keyRow.getByLabel('吊销原因').fill('测试结束');
    await keyRow.getByRole('button', { name: '确认吊销' }).click();
    await keyRow.locator('td[data-label="状态"]', { hasText: '已吊销' }).waitFor();
    expect(await me()).toBe(401);
    await page.context().close();
  });
});

describe('errors', () => {
  it("are shown by what their code means, with the hub's message", async () => {
    const page = await openWindow();
    await page.goto(`${t.url}/catalog/`);
    await page.fill('#department-key', 'sh_wrong_key');
    await page.click('.sign-in button[type=submit]');
    const signInError = await textOf(page.locator('.masthead .error'));
    expect(signInError).toContain('未登录，或密钥无效、已过期、已吊销');
    expect(signInError).toContain('UNAUTHENTICATED');
    expect(await page.evaluate('sessionStorage.length')).toBe(0);

    const { body } = await t.as('agriculture')(
      `mutation { requestAccess(resource: "${RESOURCE}", items: ["${ITEM}"], purpose: "耕地土壤污染治理", legalBasis: "方案第（十二）条", periodFrom: "${TEST_TODAY}", periodTo: "${LATER_END}") { id } }`,
    );
    const id = body.data!.requestAccess.id;
    await signIn(page, 'environment');
    await page.click('.menu a[href="#/requests"]');
    const decision = page.locator(`.request-card[data-request="${id}"]`);
    await decision.locator('button.danger').click();
    const rejectError = await textOf(decision.locator('.error'));
    expect(rejectError).toContain('填写的内容有误');
    expect(rejectError).toContain('BAD_USER_INPUT');
    expect(rejectError).toContain('须修改：答复说明');

    await decision.locator('input[name=note]').fill('该项目投资数据另行报送');
    await decision.locator('button.danger').click();
    await decision.waitFor({ state: 'detached' });
    const decided = await t.as('agriculture')('{ accessRequests(role: CONSUMER) { id status decisionReason } }');
    expect(decided.body.data!.accessRequests).toContainEqual({ id, status: 'REJECTED', decisionReason: '该项目投资数据另行报送' });
    await page.context().close();
  });

  it('an unreachable hub keeps the key for the next load; a key refused mid-session signs out, saying why', async () => {
    const { key, prefix } = await createApiKey(t.hub.database.dataSource, 'agriculture', 'e2e', 1, { at: t.now(), writer: t.hub.audit });
    const page = await openWindow();
    await page.goto(`${t.url}/catalog/`);
    await page.fill('#department-key', key);
    await page.click('.sign-in button[type=submit]');
    await page.locator('.account').waitFor();

    await page.route('**/graphql', (route) => route.abort());
    await page.reload();
    expect(await textOf(page.locator('.masthead .error'))).toContain('NETWORK');
    expect(await page.evaluate("sessionStorage.getItem('soilhub.catalog.key')")).toBe(key);
    await page.unroute('**/graphql');
    await page.reload();
    await page.locator('.account').waitFor();

    await t.hub.database.dataSource.query(`UPDATE api_key SET revoked_at = hub_now() WHERE prefix = $1`, [prefix]);
    await page.click('.menu a[href="#/requests"]');
    const signedOut = await textOf(page.locator('.masthead .error'));
    expect(signedOut).toContain('已退出登录');
    expect(signedOut).toContain('已被吊销');
    expect(await page.locator('.sign-in').count()).toBe(1);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.context().close();
  });
});

describe('layout', () => {
  it('stacks at 390 px without sideways scrolling, and puts the filters beside the list at 1280 px', async () => {
    const page = await openWindow(NARROW);
    await page.goto(`${t.url}/catalog/`);
    await signIn(page, 'finance');
    await card(page, RESOURCE).waitFor();
    // Each view's own marker, which the view before it does not show.
    const views = [
      ['#/', `.catalog .entry-card[data-code="${RESOURCE}"]`],
      [`#/entry/${RESOURCE}`, '.entry h1'],
      ['#/requests', '.requests h1'],
    ];
    for (const [hash, marker] of views) {
      await page.goto(`${t.url}/catalog/${hash}`);
      await page.locator(marker).waitFor();
      expect([hash, await overflow(page)]).toEqual([hash, 0]);
    }
    await page.goto(`${t.url}/catalog/`);
    await card(page, RESOURCE).waitFor();
    const filters = (await page.locator('.filters').boundingBox())!;
    const results = (await page.locator('.results').boundingBox())!;
    expect(filters.y + filters.height).toBeLessThanOrEqual(results.y);

    await page.setViewportSize({ width: WIDE, height: 900 });
    const wideFilters = (await page.locator('.filters').boundingBox())!;
    const wideResults = (await page.locator('.results').boundingBox())!;
    expect(wideFilters.x + wideFilters.width).toBeLessThanOrEqual(wideResults.x);
    expect(await overflow(page)).toBe(0);
    await page.context().close();
  });
});
