import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertSuggestion, openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';
import { diagnosticsOf, loggedPlatforms, openSitePage, serveAt } from './support/site-pages';

const SITES = resolve('tests/fixtures/sites');

// Reconstructed pages (no real saved page of these sites has a comment thread with a reply
// box): each names its sources in its header and runs the site's real editor library.
const FACEBOOK_PAGE = { url: 'https://www.facebook.com/groups/acmeowners/', file: resolve(SITES, 'facebook-group.html') };
const INSTAGRAM_PAGE = { url: 'https://www.instagram.com/p/DChefLea01/', file: resolve(SITES, 'instagram-post.html') };
const THREADS_PAGE = { url: 'https://www.threads.com/@chef.lea/post/DChefLea01', file: resolve(SITES, 'threads-post.html') };

declare global {
  interface Window {
    /** Set by each page's own script: the reply box's text as the site's editor holds it. */
    siteModel?: (root?: Element) => string;
  }
}

// One Chromium for the three Meta sites: detection at the real address, the helper on the
// mentioning post only, the site's Reply clicked to open its box, the insertion into the
// site's real editor, the log row and the diagnostics.
describe('Meta site journeys at their real addresses (reconstructed pages)', () => {
  const env = useExtensionBrowser();
  let logged = 0;

  beforeAll(async () => {
    await serveAt(env.browser.context, [FACEBOOK_PAGE, INSTAGRAM_PAGE, THREADS_PAGE]);
  });

  it("Facebook: the comment's Reply (named by its text) opens the Lexical reply box, which takes the reply", async () => {
    const { context, extensionUrl } = env.browser;
    const comment = 'div[role="article"]#comment-7771050';
    const page = await openSitePage(context, FACEBOOK_PAGE.url, comment);
    const item = page.locator('li', { has: page.locator(comment) });
    const replyBox = item.locator('.reply-form [data-lexical-editor="true"]');
    expect(await replyBox.count()).toBe(0);

    const helper = await openHelper(page, comment);
    await insertSuggestion(page, comment, 'question-en');
    expect(await helper.getByTestId('pp-status').textContent()).toContain('Inserted');
    await expect.poll(() => replyBox.innerText()).toContain('Hi Marie Dupont');
    expect(await replyBox.getAttribute('aria-label')).toBe('Reply to Marie Dupont');
    // Lexical's own model has the text (not only the DOM), and the site's Comment control woke up.
    expect(await replyBox.evaluate((root) => window.siteModel?.(root))).toContain('Hi Marie Dupont');
    expect(await item.locator('.reply-form [aria-label="Comment"]').getAttribute('aria-disabled')).toBe('false');
    // The post's own comment box is left alone.
    expect(await page.locator('#post-1 > form [data-lexical-editor="true"]').evaluate((root) => window.siteModel?.(root))).toBe('');

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'facebook', posts: '4', mentions: '1', error: 'none' });
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), ++logged)).toContain('facebook');
    await page.close();
  });

  it("Instagram: the comment's Reply puts @author in the React textarea, after which the reply goes", async () => {
    const { context, extensionUrl } = env.browser;
    const comment = 'li#comment-1';
    const page = await openSitePage(context, INSTAGRAM_PAGE.url, comment);
    const box = page.locator('article textarea[aria-label="Add a comment…"]');
    expect(await box.inputValue()).toBe('');

    await openHelper(page, comment);
    const helper = await insertSuggestion(page, comment, 'question-en');
    expect(await helper.getByTestId('pp-status').textContent()).toContain('Inserted');
    // Instagram's own mention first, the reply after it, and React's state agrees.
    await expect.poll(() => box.inputValue()).toMatch(/^@marie\.dupont Hi marie\.dupont, thanks for your question/);
    expect(await page.evaluate(() => window.siteModel?.())).toBe(await box.inputValue());
    expect(await page.getByTestId('post-comment').getAttribute('aria-disabled')).toBe('false');

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'instagram', posts: '3', mentions: '1', error: 'none' });
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), ++logged)).toContain('instagram');
    await page.close();
  });

  it("Threads: the reply's Reply opens the composer dialog, whose Lexical editor takes the reply", async () => {
    const { context, extensionUrl } = env.browser;
    const reply = 'div[data-pressable-container="true"]#reply-marie';
    const page = await openSitePage(context, THREADS_PAGE.url, reply);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);

    await openHelper(page, reply);
    const helper = await insertSuggestion(page, reply, 'question-en');
    expect(await helper.getByTestId('pp-status').textContent()).toContain('Inserted');
    const box = page.locator('[role="dialog"] [data-lexical-editor="true"]');
    await expect.poll(() => box.innerText()).toContain('Hi marie.dupont');
    expect(await box.getAttribute('aria-placeholder')).toBe('Reply to marie.dupont…');
    expect(await page.evaluate(() => window.siteModel?.())).toContain('Hi marie.dupont');
    expect(await page.locator('[role="dialog"] [role="button"]', { hasText: 'Post' }).getAttribute('aria-disabled')).toBe('false');

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'threads', posts: '3', mentions: '1', error: 'none' });
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), ++logged)).toContain('threads');
    await page.close();
  });
});
