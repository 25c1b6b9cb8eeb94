// `npm run bench:popup`: the popup's log with 100,000 records, in real Chromium with the
// built test extension. Prints the median time from opening the *Handled* tab to its first
// row on screen, beside the same with 50 records (the peer: a log that fits one page).
// It reports; it never fails on time.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launchWithExtension, TEST_BUILD_DIR } from '../tests/e2e/support/browser.mjs';
import { seedLog } from '../tests/e2e/support/seed-log.mjs';

if (!existsSync(`${TEST_BUILD_DIR}/manifest.json`)) execSync('npm run build:test', { stdio: 'inherit' });
const RUNS = 5;
const browser = await launchWithExtension();
const page = await browser.context.newPage();
await page.goto(browser.extensionUrl('popup.html'));
await page.getByTestId('pp-tab-log').waitFor();

/** Opens the popup afresh and times the *Handled* tab from the click to its first row. */
async function firstPage() {
  await page.reload();
  await page.getByTestId('pp-tab-log').waitFor();
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        const done = () => {
          if (!document.querySelector('[data-testid="pp-log-row"]')) return false;
          observer.disconnect();
          resolve(performance.now() - started);
          return true;
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { childList: true, subtree: true });
        /** @type {HTMLElement} */ (document.querySelector('[data-testid="pp-tab-log"]')).click();
        done();
      }),
  );
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows = [];
for (const count of [50, 100_000]) {
  const seeded = Date.now();
  await seedLog(page, count);
  const seedMs = Date.now() - seeded;
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(/** @type {number} */ (await firstPage()));
  rows.push({ records: count, firstPageMs: Math.round(median(times) * 10) / 10, runs: times.map((t) => Math.round(t)), seedMs });
}
for (const row of rows) console.log(JSON.stringify(row));
await browser.close();
