import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertSuggestion, openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';
import { diagnosticsOf, loggedPlatforms, serveAt } from './support/site-pages';

const SITES = resolve('tests/fixtures/sites');

// Reconstructed pages (tests/fixtures/sites/, sources in each header), served at the sites'
// real addresses. LinkedIn answers the same feed with one of two layouts; the query only tells
// the test server which.
const LINKEDIN_CLASSIC = { url: 'https://www.linkedin.com/feed/?pp-layout=classic', file: resolve(SITES, 'linkedin-feed-classic.html') };
const LINKEDIN_2025 = { url: 'https://www.linkedin.com/feed/?pp-layout=2025', file: resolve(SITES, 'linkedin-feed-2025.html') };
const REDDIT = { url: 'https://www.reddit.com/r/Cooking/comments/pp1demo/which_blender_for_a_small_cafe/', file: resolve(SITES, 'reddit-shreddit.html') };
const TIKTOK = { url: 'https://www.tiktok.com/@acme.kitchen/video/7400000000000000042', file: resolve(SITES, 'tiktok-comments.html') };

/** The text a page's editor holds in its own model (the page script publishes a reader per box). */
const modelOf = (page: Page, key: string) => page.evaluate((k) => window.siteEditorModels?.[k]?.() ?? null, key);

declare global {
  interface Window {
    siteEditorModels?: Record<string, () => string>;
  }
}

/** The helper's first suggestion inserted: its text, once the helper reports it went in. */
async function insertFirst(page: Page, post: string) {
  const helper = await openHelper(page, post);
  const first = helper.getByTestId('pp-suggestion').first();
  const replyId = (await first.getAttribute('data-reply-id'))!;
  const text = (await first.getByTestId('pp-text').textContent())!;
  await insertSuggestion(page, post, replyId);
  expect(await helper.getByTestId('pp-status').textContent()).toContain('Inserted in the reply box');
  return text;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

// One Chromium for these journeys: detection at the real address, the helper on the one post
// that mentions a watch query (Acme, in the starter set), the site's own Reply/Comment clicked,
// the reply inserted into the site's real editor (checked in the editor's own model), the log
// row, and the diagnostics view.
describe('feed and comment journeys (reconstructed pages) at the sites’ real addresses', () => {
  const env = useExtensionBrowser();
  let handled = 0;

  beforeAll(async () => {
    await serveAt(env.browser.context, [LINKEDIN_CLASSIC, LINKEDIN_2025, REDDIT, TIKTOK]);
  });

  it('LinkedIn, classic feed layout: Comment opens the Quill box, which takes the reply', async () => {
    const { context, extensionUrl } = env.browser;
    const page = await context.newPage();
    await page.goto(LINKEDIN_CLASSIC.url);
    const post = 'div.feed-shared-update-v2#post-acme';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    expect(await page.locator('porte-parole-helper').count()).toBe(1);
    expect(await page.locator(`${post} .ql-editor`).count()).toBe(0);

    const text = await insertFirst(page, post);
    const box = page.locator(`${post} .comments-comment-box .ql-editor`);
    await expect.poll(async () => squash(await box.innerText())).toContain(squash(text));
    expect(squash(await modelOf(page, 'post-acme'))).toContain(squash(text));
    expect(await page.locator(`${post} button.comments-comment-box__submit-button--cr`).isEnabled()).toBe(true);
    // Only that post's box was opened.
    expect(await page.locator('#post-other .ql-editor').count()).toBe(0);

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'linkedin', posts: '2', mentions: '1', error: 'none' });
    handled += 1;
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), handled)).toEqual(['linkedin']);
    await page.close();
  });

  it('LinkedIn, 2025 feed layout: Comment opens the TipTap box beside the post, which takes the reply', async () => {
    const { context, extensionUrl } = env.browser;
    const page = await context.newPage();
    await page.goto(LINKEDIN_2025.url);
    const post = '#post-acme div[data-view-name="feed-full-update"]';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    expect(await page.locator('porte-parole-helper').count()).toBe(1);
    expect(await page.locator('#post-acme .ProseMirror').count()).toBe(0);

    const text = await insertFirst(page, post);
    const box = page.locator('#post-acme [data-view-name="comment-box"] .ProseMirror');
    await expect.poll(async () => squash(await box.innerText())).toContain(squash(text));
    expect(squash(await modelOf(page, 'post-acme'))).toContain(squash(text));
    expect(await page.locator('#post-acme button[data-view-name="comment-post"]').isEnabled()).toBe(true);
    expect(await page.locator('#post-other .ProseMirror').count()).toBe(0);

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'linkedin', posts: '2', mentions: '1', error: 'none' });
    handled += 1;
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), handled)).toEqual(['linkedin', 'linkedin']);
    await page.close();
  });

  it('Reddit (shreddit): Reply mounts the composer in the comment, whose Lexical editor takes the reply', async () => {
    const { context, extensionUrl } = env.browser;
    const page = await context.newPage();
    await page.goto(REDDIT.url);
    const post = 'shreddit-comment[thingid="t1_kacme01"]';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    // The mentioning comment only: not the post, not its nested reply, not the other comment.
    expect(await page.locator('porte-parole-helper').count()).toBe(1);
    expect(await page.locator('shreddit-comment[thingid="t1_kreply2"] porte-parole-helper').count()).toBe(0);
    // The helper renders (shreddit shows only slotted children).
    await expect.poll(() => page.locator(`${post} porte-parole-helper`).isVisible()).toBe(true);

    const text = await insertFirst(page, post);
    const row = `${post} > shreddit-comment-action-row`;
    const box = page.locator(`${row} shreddit-composer div[data-lexical-editor="true"]`);
    await expect.poll(async () => squash(await box.innerText())).toContain(squash(text));
    expect(squash(await modelOf(page, 't1_kacme01'))).toContain(squash(text));
    expect(await page.locator(`${row} shreddit-composer button[slot="submit-button"]`).isEnabled()).toBe(true);
    expect(await page.locator('shreddit-composer').count()).toBe(1);

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'reddit', posts: '4', mentions: '1', error: 'none' });
    handled += 1;
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), handled)).toEqual(expect.arrayContaining(['reddit', 'linkedin', 'linkedin']));
    await page.close();
  });

  it('TikTok web comments: Reply focuses the video’s Draft.js comment box, which takes the reply', async () => {
    const { context, extensionUrl } = env.browser;
    const page = await context.newPage();
    await page.goto(TIKTOK.url);
    const post = 'div[class*="DivCommentObjectWrapper"]:has(> div [data-e2e="comment-username-1"] a[href="/@marie.dpt"])';
    await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
    expect(await page.locator('porte-parole-helper').count()).toBe(1);

    const text = await insertFirst(page, post);
    const box = page.locator('[data-e2e="comment-input"] .public-DraftEditor-content');
    await expect.poll(async () => squash(await box.innerText())).toContain(squash(text));
    expect(squash(await modelOf(page, 'video'))).toContain(squash(text));
    expect(await page.locator('[data-e2e="comment-post"]').getAttribute('aria-disabled')).toBe('false');
    expect(await page.locator('[class*="DivCommentFooter"] p').textContent()).toBe('Reply to Marie');

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    // The caption, two comments and one reply.
    expect(diag).toEqual({ adapter: 'tiktok', posts: '4', mentions: '1', error: 'none' });
    handled += 1;
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), handled)).toEqual(expect.arrayContaining(['tiktok', 'reddit', 'linkedin', 'linkedin']));
    await page.close();
  });
});
