import { expect, it } from 'vitest';
import { addWatchQuery, helperOf, insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// A morning's work on the feed: reply to one mention, move one to private messages,
// escalate one with a note, ignore one; the inbox empties and the log tells each.
const env = useExtensionBrowser();

it('replies, moves to private, escalates and ignores, then finds each in the popup', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await addWatchQuery(options, 'Rocket');
  await addWatchQuery(options, 'hike');

  const feed = await context.newPage();
  await feed.goto(env.demo.url);
  await expect.poll(() => feed.locator('porte-parole-helper').count()).toBe(4);

  const inbox = await context.newPage();
  await inbox.goto(extensionUrl('popup.html'));
  await expect.poll(() => inbox.getByTestId('pp-inbox-row').count()).toBe(4);

  await openHelper(feed, '#post-1');
  await insertSuggestion(feed, '#post-1', 'thanks-fr');

  const dm = await openHelper(feed, '#post-4');
  await dm.getByTestId('pp-action-dm').click();
  await dm.getByTestId('pp-status').waitFor();
  await expect.poll(() => feed.locator('#post-4 [contenteditable="true"]').innerText()).toContain('continuons en message privé');

  const escalate = await openHelper(feed, '#post-3');
  await escalate.getByTestId('pp-action-escalate').click();
  await escalate.getByTestId('pp-escalate-note').fill('Question produit : voir avec l’équipe Rocket');
  await escalate.getByTestId('pp-escalate-confirm').click();
  await helperOf(feed, '#post-3').getByText('Escalated to management.').waitFor();

  const ignore = await openHelper(feed, '#post-2');
  await ignore.getByTestId('pp-action-ignore').click();
  await helperOf(feed, '#post-2').getByText('Marked as ignored.').waitFor();

  await inbox.reload();
  await inbox.getByTestId('pp-tab-inbox').waitFor();
  await expect.poll(() => inbox.getByTestId('pp-inbox-row').count()).toBe(0);
  expect(await inbox.locator('.empty').textContent()).toContain('Nothing to handle');

  const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 4);
  expect(await popup.getByTestId('pp-log-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-action'), r.querySelector('.author')?.textContent]))).toEqual([
    ['ignored', 'Sam Carter'],
    ['escalated', 'Nora Haddad'],
    ['dm', 'Jules Petit'],
    ['replied', 'Léa Martin'],
  ]);
  expect(await popup.getByTestId('pp-log-row').nth(1).textContent()).toContain('voir avec l’équipe Rocket');
});
