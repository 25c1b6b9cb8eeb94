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
  expect(await inbox.getByTestId('pp-inbox-empty').textContent()).toContain('Nothing to handle');

  const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 4);
  expect(await popup.getByTestId('pp-log-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-action'), r.querySelector('.author')?.textContent]))).toEqual([
    ['ignored', 'Sam Carter'],
    ['escalated', 'Nora Haddad'],
    ['dm', 'Jules Petit'],
    ['replied', 'Léa Martin'],
  ]);
  expect(await popup.getByTestId('pp-log-row').nth(1).textContent()).toContain('voir avec l’équipe Rocket');

  // The monthly report of this month: four mentions, all handled, the escalation's note,
  // and the two replies (the thanks and the invitation to private messages) as approved.
  const report = await context.newPage();
  await report.goto(extensionUrl('report.html'));
  const now = new Date();
  await report.getByTestId('report-month').fill(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
  const web = report.locator('[data-testid="report-platform-row"][data-platform="web"]');
  await expect.poll(() => web.locator('[data-cell="detected"]').textContent()).toBe('4');
  expect(await web.locator('[data-cell="handled"]').textContent()).toBe('4');
  expect(await web.locator('[data-cell="share"]').textContent()).toBe('100 %');
  expect(await report.getByTestId('report-escalations').textContent()).toContain('voir avec l’équipe Rocket');
  expect(await report.locator('[data-testid="report-reply-kinds"] tr[data-kind="approved"] td').nth(1).textContent()).toBe('2');
  expect(await report.getByTestId('report-kinds').locator('tr').count()).toBeGreaterThan(0);
});
