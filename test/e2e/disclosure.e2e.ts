import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestHub } from '../helpers/test-hub';
import { browserSuite, SCREENSHOTS } from './browser-suite';

/**
 * 信息公开网页 in headless Chromium, as a citizen uses them: from the home page to the register, a county filter and
 * the CSV download; the soil-quality chart for another item; the map filtered to one kind of point; every section at
 * 1280 and 390 px, readable without sideways scrolling of the page.
 */
const suite = browserSuite({ DEMO_DATA: 'true', PUBLIC_RATE_LIMIT: '10000' });
let t: TestHub;
beforeAll(async () => {
  t = suite.t;
  // One registered site with a control area, so the map has one to draw (the demo data's sites have none).
  const env = t.as('environment');
  const ring = [
    [116.9, 39.95],
    [116.92, 39.95],
    [116.92, 39.97],
    [116.9, 39.97],
    [116.9, 39.95],
  ];
  const saved = await env(`mutation($s: ContaminatedSiteInput!) { saveContaminatedSite(idempotencyKey: "e2e-site-0001", site: $s) { applied } }`, {
    s: { code: 'E2E-SITE-1', name: '示例化工厂旧址', county: '三河市', disallowedUses: ['R'], controlArea: { type: 'Polygon', coordinates: [ring] } },
  });
  expect(saved.body.errors).toBeUndefined();
  for (const [k, status] of [
    ['e2e-status-0001', 'INVESTIGATED'],
    ['e2e-status-0002', 'REGISTERED, riskLevel: MEDIUM'],
  ]) {
    expect((await env(`mutation { changeSiteStatus(idempotencyKey: "${k}", site: "E2E-SITE-1", status: ${status}) { applied } }`)).body.errors).toBeUndefined();
  }
});

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // The page itself never scrolls sideways: wide tables scroll in their own region.
    expect([name, width, await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')]).toEqual([name, width, 0]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `disclosure-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const cells = (page: Page, column: number) =>
  page.locator(`table tbody tr > :nth-child(${column})`).evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').trim()));

describe('a citizen', () => {
  it('finds the register from the home page, narrows it to a county and downloads what the table shows', async () => {
    const page = await suite.window();
    await page.goto(`${t.url}/disclosure`);
    expect(page.url()).toBe(`${t.url}/disclosure/`);
    expect(await page.title()).toBe('土壤环境信息公开 · 廊坊市土壤环境信息公开');
    await page.getByRole('link', { name: '污染地块名录' }).first().click();
    await page.waitForURL(`${t.url}/disclosure/sites`);
    expect(await page.title()).toBe('污染地块名录 · 廊坊市土壤环境信息公开');
    expect(await page.locator('nav a[aria-current="page"]').innerText()).toBe('污染地块名录');

    await page.getByLabel('县（市、区）').selectOption({ label: '三河市' });
    await page.getByRole('button', { name: '筛选' }).first().click();
    await page.waitForURL(/county=131082/);
    const counties = await cells(page, 3);
    expect(counties.length).toBeGreaterThan(0);
    expect(new Set(counties)).toEqual(new Set(['三河市']));
    const codes = await cells(page, 2);
    expect(codes).toContain('E2E-SITE-1');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载 CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^污染地块名录-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = fs.readFileSync((await download.path())!);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['地块名称', '地块编码', '县（市、区）']);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(codes);
    await screenshots(page, 'register');
  });

  it('reads the soil-quality chart, then switches it to another item', async () => {
    const page = await suite.window();
    await page.goto(`${t.url}/disclosure/soil-quality`);
    const chart = page.getByRole('img', { name: /超筛选值比例/ });
    await chart.waitFor();
    expect(await page.locator('#exceedance-chart .bar').count()).toBe(11);
    expect(await chart.getAttribute('aria-labelledby')).toBe('exceedance-chart-title exceedance-chart-desc');
    await page.getByLabel('监测项目').selectOption({ label: '铅' });
    await page.getByRole('button', { name: '查看' }).click();
    await page.waitForURL(/analyte=Pb/);
    expect(await page.locator('#exceedance-chart-title').textContent()).toMatch(/^\d{4} 年各县（市、区）铅超筛选值比例$/);
    // The same figures as a table, for screen readers and for copying.
    expect(await page.locator('table caption').innerText()).toContain('历年铅超筛选值比例');
    await screenshots(page, 'soil-quality');
  });

  it('sees the site and the points on a map drawn by the hub, and keeps only the farmland points', async () => {
    const page = await suite.window();
    await page.goto(`${t.url}/disclosure/map`);
    expect(await page.locator('#site-map path.county').count()).toBe(10);
    expect(await page.locator('#site-map path.area').count()).toBe(1);
    expect(await page.locator('#site-map circle.site title').allTextContents()).toContain('列入污染地块名录：示例化工厂旧址（E2E-SITE-1）');
    const all = await page.locator('#site-map circle.point:not(.site)').count();
    expect(all).toBeGreaterThan(100);
    await page.getByLabel('点位类型').selectOption({ label: '农用地点位' });
    await page.getByRole('button', { name: '显示' }).click();
    await page.waitForURL(/pointType=FARMLAND/);
    const farmland = await page.locator('#site-map circle.point:not(.site)').count();
    expect(farmland).toBeGreaterThan(0);
    expect(farmland).toBeLessThan(all);
    expect(await page.locator('#site-map circle.point:not(.site):not(.farmland)').count()).toBe(0);
    await screenshots(page, 'map');
  });

  it('opens every other section, each with its own address and title', async () => {
    const page = await suite.window();
    for (const [name, title] of [
      ['enterprises', '土壤环境重点监管企业'],
      ['remediation', '治理修复与效果评估'],
      ['targets', '工作目标与年度考核'],
    ]) {
      await page.goto(`${t.url}/disclosure/${name}`);
      expect(await page.title()).toBe(`${title} · 廊坊市土壤环境信息公开`);
      expect(await page.locator('h1').innerText()).toBe(title);
      await screenshots(page, name);
    }
    await page.goto(`${t.url}/disclosure/`);
    await screenshots(page, 'home');
  });
});
