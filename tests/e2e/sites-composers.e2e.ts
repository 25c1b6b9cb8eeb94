import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertSuggestion, openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';
import { diagnosticsOf, loggedPlatforms, openSitePage, serveAt } from './support/site-pages';

const SITES = resolve('tests/fixtures/sites');

// Reconstructed pages (the real saved Bluesky thread is logged out and the real Discourse
// topic is the crawler view: neither has a composer). Each names its sources in its header
// and runs the site's real editor library. Discourse answers the same topic with the
// markdown textarea or the rich (ProseMirror) editor, a user preference: the query only tells
// the page which.
const BLUESKY = { url: 'https://bsky.app/profile/chef-lea.bsky.social/post/3lchefsoup2k', file: resolve(SITES, 'bluesky-thread.html') };
const DISCOURSE_TOPIC = 'https://meta.discourse.org/t/which-blender-for-a-small-cafe/400123';
const DISCOURSE_TEXTAREA = { url: DISCOURSE_TOPIC, file: resolve(SITES, 'discourse-topic.html') };
const DISCOURSE_RICH = { url: `${DISCOURSE_TOPIC}?pp-editor=rich`, file: resolve(SITES, 'discourse-topic.html') };

declare global {
  interface Window {
    siteEditorModels?: Record<string, () => string>;
  }
}

/** The text a page's editor holds in its own model (the page script publishes a reader per box). */
const modelOf = (page: Page, key: string) => page.evaluate((k) => window.siteEditorModels?.[k]?.() ?? null, key);

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The helper's "question" reply inserted into the post's reply box: its text as the helper showed it. */
async function insertQuestionReply(page: Page, post: string) {
  const helper = await openHelper(page, post);
  const suggestion = helper.locator('[data-testid="pp-suggestion"][data-reply-id="question-en"]');
  if ((await suggestion.count()) === 0) await helper.getByTestId('pp-search').fill('question-en');
  const text = (await suggestion.getByTestId('pp-text').textContent())!;
  await insertSuggestion(page, post, 'question-en');
  expect(await helper.getByTestId('pp-status').textContent()).toContain('Inserted in the reply box');
  return text;
}

// One Chromium for these journeys: detection at the real address, the helper on the one post
// that mentions a watch query (Acme, in the starter set), the site's own Reply clicked, the
// reply inserted into the site's real editor (checked in the editor's own model), the site's
// own publish control agreeing, the log row, and the diagnostics view.
describe('reply composers (reconstructed pages) at the sites’ real addresses', () => {
  const env = useExtensionBrowser();
  let logged = 0;

  beforeAll(async () => {
    await serveAt(env.browser.context, [BLUESKY, DISCOURSE_TEXTAREA, DISCOURSE_RICH]);
  });

  it("Bluesky: the reply's replyBtn opens the composer dialog, whose TipTap editor takes the reply", async () => {
    const { context, extensionUrl } = env.browser;
    const reply = '[data-testid="postThreadItem-by-marie-dupont.bsky.social"]';
    const page = await openSitePage(context, BLUESKY.url, reply);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);

    const text = await insertQuestionReply(page, reply);
    expect(text).toContain('Hi Marie Dupont');
    const dialog = page.locator('[role="dialog"][aria-modal="true"]');
    const box = dialog.locator('[data-testid="composePostView"] .ProseMirror[contenteditable="true"]');
    await expect.poll(async () => squash(await box.innerText())).toBe(squash(text));
    // TipTap's own model has the text, and Bluesky's Reply woke up from TipTap's update.
    expect(squash(await modelOf(page, 'composer'))).toBe(squash(text));
    const publish = dialog.getByTestId('composerPublishBtn');
    expect(await publish.isEnabled()).toBe(true);
    expect(await publish.getAttribute('aria-label')).toBe('Publish reply');
    // The composer answers the mentioning post: its author is the one shown as replied to.
    expect(await dialog.locator('.composer-reply-to').innerText()).toContain('Marie Dupont');

    const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
    expect(diag).toEqual({ adapter: 'bluesky', posts: '3', mentions: '1', error: 'none' });
    expect(await loggedPlatforms(context, extensionUrl('popup.html'), ++logged)).toEqual(['bluesky']);
    await page.close();
  });

  for (const [label, served, selector] of [
    ['the markdown textarea', DISCOURSE_TEXTAREA, '#reply-control textarea.d-editor-input'],
    ['the rich (ProseMirror) editor', DISCOURSE_RICH, '#reply-control .ProseMirror-container .ProseMirror.d-editor-input[contenteditable="true"]'],
  ] as const) {
    it(`Discourse (${label}): the post's Reply opens the composer, which takes the reply`, async () => {
      const { context, extensionUrl } = env.browser;
      const post = 'article#post_2[data-post-id="9002"]';
      const page = await openSitePage(context, served.url, post);
      expect(await page.locator('#reply-control').getAttribute('class')).toBe('closed');
      expect(await page.locator('#reply-control .d-editor-input').count()).toBe(0);

      const text = await insertQuestionReply(page, post);
      expect(text).toContain('Hi Marie Dupont');
      const box = page.locator(selector);
      const shown = () => (served === DISCOURSE_TEXTAREA ? box.inputValue() : box.innerText());
      await expect.poll(async () => squash(await shown())).toBe(squash(text));
      // The composer's model (what d-editor hands on) has the text, and the composer answers post #2.
      expect(squash(await modelOf(page, 'composer'))).toBe(squash(text));
      expect(await page.locator('#reply-control .action-title').innerText()).toBe('marie_dupont');
      // Discourse never disables Reply for the text: it checks the length when pressed. The
      // manager presses it; the composer accepts what its model holds.
      await page.locator('#reply-control .save-or-cancel button.create').click();
      expect(squash(await modelOf(page, 'saved'))).toBe(squash(text));
      expect(await page.locator('#reply-control .popup-tip.bad').isVisible()).toBe(false);

      const diag = await diagnosticsOf(context, extensionUrl('popup.html'), page);
      expect(diag).toEqual({ adapter: 'discourse', posts: '3', mentions: '1', error: 'none' });
      const platforms = await loggedPlatforms(context, extensionUrl('popup.html'), ++logged);
      expect(platforms.filter((p) => p === 'discourse')).toHaveLength(logged - 1);
      await page.close();
    });
  }
});
