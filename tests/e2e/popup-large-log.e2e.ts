import { expect, it } from 'vitest';
import { useExtensionBrowser } from './support/setup';
import { seedLog } from './support/seed-log.mjs';

// A year of work: 100,000 handled interactions. The popup reads a page at a time from the
// index, so the log opens at once, filters and searches, and scrolling brings the next page.
const env = useExtensionBrowser();

it('opens, filters and scrolls a log of 100,000 records', async () => {
  const { context, extensionUrl } = env.browser;
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  await popup.getByTestId('pp-tab-log').waitFor();
  await seedLog(popup, 100_000);
  await popup.reload();
  await popup.getByTestId('pp-tab-log').click();
  const rows = popup.getByTestId('pp-log-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(50);
  expect(await rows.first().locator('.author').textContent()).toBe('Author 99999');

  await rows.last().scrollIntoViewIfNeeded();
  await expect.poll(() => rows.count()).toBe(100);
  expect(await rows.nth(99).locator('.author').textContent()).toBe('Author 99900');

  await popup.getByTestId('pp-log-action').selectOption('escalated');
  await expect.poll(() => rows.first().getAttribute('data-action')).toBe('escalated');
  expect(await rows.evaluateAll((els) => els.every((el) => el.getAttribute('data-action') === 'escalated'))).toBe(true);

  await popup.getByTestId('pp-log-search').fill('author 12345');
  await expect.poll(() => rows.locator('.author').allTextContents()).toEqual([]);
  await popup.getByTestId('pp-log-action').selectOption('');
  await expect.poll(() => rows.locator('.author').allTextContents(), { timeout: 20_000 }).toEqual(['Author 12345']);
}, 120_000);
