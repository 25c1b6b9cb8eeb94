import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWatchQuery, insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';
import { diagnosticsOf, serveAt } from './support/site-pages';

const REAL = resolve(process.env.PP_REAL_PAGES ?? '../shared/fixtures/real');
const SITES = resolve('tests/fixtures/sites');

const X_PAGE = { url: 'https://x.com/arscontexta/status/2013045749580259680', file: resolve(REAL, 'defuddle-general--x.com-article-2026-02-13.html') };
const YOUTUBE_PAGE = { url: 'https://www.youtube.com/watch?v=pp-demo', file: resolve(SITES, 'youtube-comments.html') };
const BLOGGER_PAGE = { url: 'https://acme-demo.blogspot.com/2026/01/rocket.html', file: resolve(SITES, 'blogger-comments.html') };

// One Chromium for every site journey: detection at the real address, helper, insertion
// into the site's own reply box, the log, and the diagnostics view.
describe('site journeys at their real addresses', () => {
  const env = useExtensionBrowser();

  beforeAll(async () => {
    await serveAt(env.browser.context, [X_PAGE, YOUTUBE_PAGE, BLOGGER_PAGE]);
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    await addWatchQuery(options, 'Obsidian');
    await options.close();
  });

  it.skipIf(!existsSync(X_PAGE.file))('X (real saved page): the Draft.js composer under the post takes the reply', async () => {
    const { context, extensionUrl } = env.browser;
    const page = await context.newPage();
    await page.goto(X_PAGE.url);
    const post = 'article[data-testid="tweet"]';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    const helper = await openHelper(page, post);
    const first = helper.getByTestId('pp-suggestion').first();
    const replyId = await first.getAttribute('data-reply-id');
    await insertSuggestion(page, post, replyId!);
    const box = page.locator('[data-testid="tweetTextarea_0"]');
    await expect.poll(() => box.innerText()).toContain('Heinrich');

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'x', posts: '1', mentions: '1', error: 'none' });
    const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 1);
    expect(await popup.getByTestId('pp-log-row').first().getAttribute('data-platform')).toBe('x');
    await popup.close();
  });

  it('YouTube (reconstructed page): Reply is clicked to open the box, which takes the reply', async () => {
    const { context, extensionUrl } = env.browser;
    const page = await context.newPage();
    await page.goto(YOUTUBE_PAGE.url);
    const post = 'ytd-comment-view-model#comment';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    // Only the comment that mentions Acme gets a helper.
    expect(await page.locator('porte-parole-helper').count()).toBe(1);
    expect(await page.locator(`${post} #contenteditable-root`).count()).toBe(0);
    const helper = await openHelper(page, post);
    expect(await helper.getByTestId('pp-triage').getAttribute('data-kind')).toBe('question');
    await insertSuggestion(page, post, 'question-en');
    const box = page.locator(`${post} #contenteditable-root`);
    await expect.poll(() => box.innerText()).toContain('@marie.dupont');
    expect(await page.locator(`${post} #submit-button`).isEnabled()).toBe(true);

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'youtube', posts: '2', mentions: '1', error: 'none' });
    const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 1);
    const platforms = await popup.getByTestId('pp-log-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-platform')));
    expect(platforms).toContain('youtube');
    await popup.close();
  });

  it('Blogger (reconstructed page): no reachable reply box → the helper says so and copies the reply', async () => {
    const { context } = env.browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://acme-demo.blogspot.com' });
    const page = await context.newPage();
    await page.goto(BLOGGER_PAGE.url);
    const post = 'li.comment#c4242';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    const helper = await openHelper(page, post);
    const replyId = await helper.getByTestId('pp-suggestion').first().getAttribute('data-reply-id');
    await insertSuggestion(page, post, replyId!);
    expect(await helper.getByTestId('pp-status').textContent()).toContain('reply box could not be found');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Paul Martin');
  });
});
