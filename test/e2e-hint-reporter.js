const fs = require('node:fs');

/**
 * `npm test` does not drive a browser: the catalog page's end-to-end tests are their own run. Say so on every
 * run, and how to get the browser where it is missing, so a green `npm test` never stands for them.
 */
class E2eHintReporter {
  onRunComplete() {
    const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    process.stdout.write(
      fs.existsSync(chromium)
        ? `e2e: the browser tests are not part of npm test; run them with npm run test:e2e (Chromium: ${chromium})\n`
        : `e2e: the browser tests did not run: no Chromium at ${chromium}. Install it (apt-get install -y chromium, or set CHROMIUM_PATH), then npm run test:e2e\n`,
    );
  }
}

module.exports = E2eHintReporter;
