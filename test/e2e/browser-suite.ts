import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { chromiumExecutable } from './chromium-path';

/**
 * Collects what a person would see go wrong on a page: uncaught exceptions, Content-Security-Policy
 * violations, and the hub's own assets failing or refused.
 */
function watchProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) problems.push(m.text());
  });
  const asset = (url: string) => new URL(url).pathname.startsWith('/assets/');
  page.on('requestfailed', (r) => {
    if (asset(r.url())) problems.push(`asset failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (asset(r.url()) && r.status() >= 400) problems.push(`asset ${r.status()}: ${r.url()}`);
  });
}

/** Where the browser tests leave their screenshots (git-ignored). */
export const SCREENSHOTS = path.join(__dirname, 'screenshots');

export interface BrowserSuite {
  /** The hub under test (ready inside the tests). */
  readonly t: TestHub;
  /** A new window, in Chinese, in Langfang's time zone, whose "today" is the hub's: its own storage, so its own sign-in. */
  window(width?: number): Promise<Page>;
  context(width?: number): Promise<BrowserContext>;
}

/**
 * One hub and one headless Chromium for a test file; each test ends with no page error, no refused script or
 * style and no failed asset in any of its windows.
 */
export function browserSuite(env: Record<string, string> = {}): BrowserSuite {
  let t: TestHub | undefined;
  let browser: Browser | undefined;
  let problems: string[] = [];
  beforeAll(async () => {
    t = await startTestHub(env);
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  beforeEach(() => {
    problems = [];
  });
  afterEach(() => {
    expect(problems).toEqual([]);
  });
  const suite: BrowserSuite = {
    get t() {
      return t!;
    },
    async context(width = 1280) {
      const context = await browser!.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      await context.clock.setFixedTime(t!.now());
      context.on('page', (page) => watchProblems(page, problems));
      return context;
    },
    async window(width) {
      return (await suite.context(width)).newPage();
    },
  };
  return suite;
}
