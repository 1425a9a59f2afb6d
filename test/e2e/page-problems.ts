import type { Page } from 'playwright-core';

/**
 * Collects what a person would see go wrong on a page: uncaught exceptions, Content-Security-Policy
 * violations, and the hub's own assets failing or refused. Each test ends expecting the list empty.
 */
export function watchProblems(page: Page, problems: string[]): void {
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
