/**
 * The steps of the manager's journey, shared by the real-browser tests and `npm run demo`
 * so the demo shows exactly what the tests check.
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 */

/** @param {Page} page @param {string} query */
export async function addWatchQuery(page, query) {
  const rows = page.getByTestId('watch-query-row');
  const before = await rows.count();
  await page.getByTestId('watch-query-input').fill(query);
  await page.getByTestId('watch-query-add').click();
  await rows.nth(before).waitFor();
}

/**
 * The helper mounted in a post (`<porte-parole-helper>`; Playwright's locators pierce
 * its open shadow root).
 * @param {Page} page @param {string} postSelector
 */
export function helperOf(page, postSelector) {
  return page.locator(`${postSelector} porte-parole-helper`);
}

/** @param {Page} page @param {string} postSelector */
export async function openHelper(page, postSelector) {
  const helper = helperOf(page, postSelector);
  await helper.getByTestId('pp-open').click();
  await helper.getByTestId('pp-suggestion').first().waitFor();
  return helper;
}

/**
 * Inserts the suggestion with the given reply id and waits until the helper reports it.
 * @param {Page} page @param {string} postSelector @param {string} replyId
 */
export async function insertSuggestion(page, postSelector, replyId) {
  const helper = helperOf(page, postSelector);
  const suggestion = helper.locator(`[data-testid="pp-suggestion"][data-reply-id="${replyId}"]`);
  // Only the best few show at first: any other element is found by searching, as a manager would.
  if ((await suggestion.count()) === 0) await helper.getByTestId('pp-search').fill(replyId);
  await suggestion.getByTestId('pp-insert').click();
  await helper.getByTestId('pp-status').waitFor();
  return helper;
}

/**
 * Opens the popup as a tab (headless Chromium has no toolbar to click) and waits for
 * the given number of log rows.
 * @param {BrowserContext} context @param {string} url @param {number} rows
 */
export async function openPopupWithRows(context, url, rows) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(url);
  // The popup opens on the mentions to handle; the log is the other tab.
  await popup.getByTestId('pp-tab-log').click();
  await popup.getByTestId('pp-log-row').nth(rows - 1).waitFor();
  return popup;
}

/**
 * Writes a reply of one's own in the helper (already open) and inserts it; resolves the
 * helper's status message once it shows.
 * @param {Page} page @param {string} postSelector @param {string} text
 */
export async function insertFreeText(page, postSelector, text) {
  const helper = helperOf(page, postSelector);
  await helper.locator('.pp-free > summary').click();
  await helper.getByTestId('pp-free').fill(text);
  await helper.getByTestId('pp-free-insert').click();
  const status = helper.getByTestId('pp-status');
  await status.waitFor();
  return status.textContent();
}
