import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension } from './support/browser.mjs';
import { insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { serveDemo } from './support/server.mjs';

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let demo: Awaited<ReturnType<typeof serveDemo>>;

beforeAll(async () => {
  demo = await serveDemo();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

it('loses no record when the service worker is stopped between two inserts', async () => {
  const { context, extensionUrl } = browser;
  const feed = await context.newPage();
  await feed.goto(demo.url);

  await openHelper(feed, '#post-1');
  await insertSuggestion(feed, '#post-1', 'thanks-fr');
  await openPopupWithRows(context, extensionUrl('popup.html'), 1).then((p) => p.close());

  await browser.stopServiceWorker();

  await openHelper(feed, '#post-3');
  await insertSuggestion(feed, '#post-3', 'thanks-en');

  const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 2);
  const authors = await popup.getByTestId('pp-log-row').locator('.author').allTextContents();
  expect(authors).toEqual(['Nora Haddad', 'Léa Martin']);
  // Both records were acknowledged: nothing is left waiting in the outbox.
  const left = await popup.evaluate(async () => {
    type StorageApi = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
    const all = await (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.get(null);
    return Object.keys(all).filter((key) => key.startsWith('outbox:'));
  });
  expect(left).toEqual([]);
});
