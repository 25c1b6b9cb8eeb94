import { describe, expect, it } from 'vitest';
import { addWatchQuery, helperOf, insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// The thin slice, as a manager lives it: add a keyword, see the helpers on the feed,
// insert an approved reply, find it in the popup's log.
describe('journey: keyword → helper → insert → log', () => {
  const env = useExtensionBrowser();

  it('runs end to end in real Chromium', async () => {
    const { context, extensionUrl } = env.browser;

    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    await expect.poll(() => options.getByTestId('watch-query-row').allTextContents()).toEqual([
      expect.stringContaining('Acme'),
    ]);
    await addWatchQuery(options, 'Rocket');
    expect(await options.getByTestId('watch-query-row').count()).toBe(2);

    const feed = await context.newPage();
    await feed.goto(env.demo.url);
    // Acme (accent- and case-insensitive, as a handle too) or Rocket; not "Acmeville", not the hike.
    await expect
      .poll(() => feed.locator('porte-parole-helper').evaluateAll((hosts) => hosts.map((h) => h.closest('article')?.id)))
      .toEqual(['post-1', 'post-3', 'post-4']);

    const helper = await openHelper(feed, '#post-1');
    const texts = await helper.getByTestId('pp-text').allTextContents();
    // The best five for a French post: the French starter elements, in their configured order.
    expect(texts).toHaveLength(5);
    expect(await helper.getByTestId('pp-suggestion').evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual(['fr', 'fr', 'fr', 'fr', 'fr']);
    expect(texts[0]).toContain('Merci Léa Martin');
    // The triage read the post as French praise, which ranked the thanks first.
    expect(await helper.getByTestId('pp-triage').textContent()).toBe('Praise · positive · FR');

    // An English question gets the English answer to questions first.
    const question = await openHelper(feed, '#post-3');
    expect(await question.getByTestId('pp-triage').getAttribute('data-kind')).toBe('question');
    expect(await question.getByTestId('pp-suggestion').first().getAttribute('data-reply-id')).toBe('question-en');
    expect(texts.join(' ')).not.toMatch(/\{\w+\}/);
    expect(await helper.getByTestId('pp-tone').first().getAttribute('data-level')).toBe('ok');

    await insertSuggestion(feed, '#post-1', 'thanks-fr');
    const box = feed.locator('#post-1 textarea[name=reply]');
    await expect.poll(() => box.inputValue()).toBe(texts[0]);
    // The page's own input handler saw the text: its counter moved and Send is enabled.
    expect(await feed.locator('#post-1 .count').textContent()).toBe(`${[...texts[0]!].length} / 280`);
    expect(await feed.locator('#post-1 button[type=submit]').isEnabled()).toBe(true);
    // The extension never sends: the reply waits in the box.
    expect(await feed.locator('#post-1 .sent').count()).toBe(0);

    // A plain contenteditable reply box (YouTube-like) takes it too.
    await openHelper(feed, '#post-4');
    await insertSuggestion(feed, '#post-4', 'thanks-en');
    await expect.poll(() => feed.locator('#post-4 [contenteditable]').innerText()).toContain('Thank you Jules Petit');
    expect(await feed.locator('#post-4 button[type=submit]').isEnabled()).toBe(true);

    // To handle: the one mention seen and not answered, Nora's question.
    const inbox = await context.newPage();
    await inbox.goto(extensionUrl('popup.html'));
    await expect.poll(() => inbox.getByTestId('pp-inbox-row').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-kind'), r.querySelector('.author')?.textContent]))).toEqual([
      ['question', 'Nora Haddad'],
    ]);
    await inbox.close();

    const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 2);
    const rows = popup.getByTestId('pp-log-row');
    expect(await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-action'), el.getAttribute('data-platform')]))).toEqual([
      ['replied', 'web'],
      ['replied', 'web'],
    ]);
    // Newest first.
    expect(await rows.first().textContent()).toContain('Jules Petit');
    expect(await rows.nth(1).textContent()).toContain('Léa Martin');
    expect(await helperOf(feed, '#post-2').count()).toBe(0);
  });

  it('applies a removed keyword to the open page at once', async () => {
    const { context, extensionUrl } = env.browser;
    const feed = await context.newPage();
    await feed.goto(env.demo.url);
    await expect.poll(() => feed.locator('porte-parole-helper').count()).toBe(3);
    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    await options.locator('[data-testid="watch-query-row"]', { hasText: 'Rocket' }).getByRole('button').click();
    await expect.poll(() => feed.locator('porte-parole-helper').evaluateAll((hosts) => hosts.map((h) => h.closest('article')?.id))).toEqual([
      'post-1',
      'post-3',
    ]);
  });
});
