import fs from 'node:fs';

/** Debian's `chromium` package, unless CHROMIUM_PATH names another build (test/e2e-hint-reporter.js looks in the same place). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The browser to drive; the e2e run fails rather than skips without one, so CI cannot pass over it. */
export function chromiumExecutable(): string {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`没有找到 Chromium (no Chromium at ${CHROMIUM_PATH}): apt-get install -y --no-install-recommends chromium, or set CHROMIUM_PATH`);
  }
  return CHROMIUM_PATH;
}
