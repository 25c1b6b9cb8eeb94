import { expect, it } from 'vitest';
import { insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

const env = useExtensionBrowser();

it('loses no record when the service worker is stopped between two inserts', async () => {
  const { context, extensionUrl } = env.browser;
  const feed = await context.newPage();
  await feed.goto(env.demo.url);

  await openHelper(feed, '#post-1');
  await insertSuggestion(feed, '#post-1', 'thanks-fr');
  await openPopupWithRows(context, extensionUrl('popup.html'), 1).then((p) => p.close());

  await env.browser.stopServiceWorker();

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
