import { expect, it } from 'vitest';
import { helperOf, insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// The UI follows the browser's language: a French Chromium gets the French strings.
const env = useExtensionBrowser({ lang: 'fr' });

it('speaks French in the helper, the popup and the options page', async () => {
  const { context, extensionUrl } = env.browser;
  const feed = await context.newPage();
  await feed.goto(env.demo.url);
  await expect.poll(() => helperOf(feed, '#post-1').getByTestId('pp-open').textContent()).toBe('Répondre avec Porte-Parole');
  await openHelper(feed, '#post-1');
  const helper = await insertSuggestion(feed, '#post-1', 'thanks-fr');
  expect(await helper.getByTestId('pp-status').textContent()).toContain('cliquez vous-même sur Envoyer');

  const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 1);
  expect(await popup.locator('h1').textContent()).toBe('Interactions traitées');
  expect(await popup.getByTestId('pp-log-row').textContent()).toContain('Répondu');

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.getByTestId('watch-query-input').fill('(Acme');
  expect(await options.getByTestId('watch-query-error').textContent()).toBe(') attendue (caractère 6)');
  expect(await options.getByTestId('watch-query-add').isDisabled()).toBe(true);
});
