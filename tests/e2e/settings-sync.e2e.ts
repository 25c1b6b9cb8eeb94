import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useExtensionBrowser } from './support/setup';

// The personal settings follow the manager through the browser's own storage.sync, with
// its real quotas (Chromium enforces them even with sync switched off, as here).
const env = useExtensionBrowser();
/** The extension page's own `chrome.storage.sync`, read from inside the page. */
type SyncGlobal = { chrome: { storage: { sync: { get(keys: string | null): Promise<Record<string, unknown>> } } } };
const example = JSON.parse(readFileSync('tests/fixtures/config.example.json', 'utf8'));

it('copies the settings to storage.sync, and says so when they no longer fit, losing nothing', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  const importFile = (name: string, config: unknown) =>
    options.getByTestId('config-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(config)) });

  await importFile('small.json', example);
  await expect.poll(() => options.getByTestId('sync-status').getAttribute('data-state'), { timeout: 20_000 }).toBe('synced');
  const synced = await options.evaluate(async () => Object.keys(await (globalThis as unknown as SyncGlobal).chrome.storage.sync.get(null)).sort());
  expect(synced).toEqual(['pp.0', 'pp.meta']);

  // About 400 kB of text no compression shrinks: four times what storage.sync holds.
  const replies = Array.from({ length: 1200 }, (_, i) => ({
    id: `r-${i}`, title: `Reply ${i}`, category: 'question', lang: 'fr',
    text: Array.from({ length: 8 }, () => randomUUID()).join(' '),
  }));
  await importFile('large.json', { ...example, replies });
  await expect.poll(() => options.getByTestId('sync-status').getAttribute('data-state'), { timeout: 20_000 }).toBe('too-big');
  expect(await options.getByTestId('sync-status').textContent()).toMatch(/no longer fit .* they are complete in this browser/);
  // Complete here: every element is in force and listed (a hundred at a time).
  await expect.poll(() => options.getByTestId('replies-more').textContent()).toBe('Show 100 more (of 1200)');
  // The other browsers keep the last copy that fitted.
  const meta = await options.evaluate(async () => (await (globalThis as unknown as SyncGlobal).chrome.storage.sync.get('pp.meta'))['pp.meta']);
  expect(meta).toBeTruthy();
});
