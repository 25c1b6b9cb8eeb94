import { expect, it } from 'vitest';
import { helperOf, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// The manager writes an approved element with a custom variable in the options page,
// finds it from the helper's search, adapts it to the post and inserts it: the helper
// says how far the text drifted from the approved one.
const env = useExtensionBrowser();

it('writes an element in the options page, then finds, edits and inserts it from the helper', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));

  await options.getByTestId('brand-variables').fill('hotline = 0800 123 456');
  await options.getByTestId('brand-save').click();
  await options.getByText('Saved.').waitFor();

  await options.getByTestId('reply-new').click();
  await options.getByTestId('reply-title').fill('Hotline');
  await options.getByTestId('reply-category').selectOption('complaint');
  await options.getByTestId('reply-text').fill('Bonjour {author}, appelez le {hotlin}. {agent}');
  await expect.poll(() => options.getByTestId('reply-error').textContent()).toBe('text: unknown variable {hotlin}');
  expect(await options.getByTestId('reply-save').isDisabled()).toBe(true);
  await options.getByTestId('reply-text').fill('Bonjour {author}, appelez le {hotline}. {agent}');
  await options.getByTestId('reply-save').click();
  await options.locator('[data-testid="reply-row"][data-reply-id="hotline"]').waitFor();

  const feed = await context.newPage();
  await feed.goto(env.demo.url);
  const helper = await openHelper(feed, '#post-1');
  // The search field has the keyboard as soon as the helper opens.
  await feed.keyboard.type('hotline');
  const element = helper.locator('[data-testid="pp-suggestion"][data-reply-id="hotline"]');
  await expect.poll(() => helper.getByTestId('pp-suggestion').count()).toBe(1);
  expect(await element.getByTestId('pp-text').textContent()).toBe('Bonjour Léa Martin, appelez le 0800 123 456. Camille, équipe Acme');

  await feed.keyboard.press('Enter');
  const editor = element.getByTestId('pp-edit');
  await editor.fill('Bonjour Léa Martin, appelez le 0800 123 456 dès ce matin. Camille, équipe Acme');
  await expect.poll(() => element.getByTestId('pp-drift').textContent()).toBe('Edited: 29% of the approved text changed.');
  await editor.press('Control+Enter');
  await helper.getByTestId('pp-status').waitFor();
  await expect.poll(() => feed.locator('#post-1 textarea[name=reply]').inputValue()).toBe('Bonjour Léa Martin, appelez le 0800 123 456 dès ce matin. Camille, équipe Acme');

  const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 1);
  expect(await popup.getByTestId('pp-log-row').first().getAttribute('data-action')).toBe('replied');
  expect(await helperOf(feed, '#post-1').count()).toBe(1);
});
