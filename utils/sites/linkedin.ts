import { defineSite } from './define-site';
import { onDomain } from './dom';

/**
 * LinkedIn: both feed layouts live at once (A/B tested, 2025–2026): the long-standing
 * "classic" one (Ember, `feed-shared-update-v2`, `data-urn`, a Quill comment box) and the
 * newer server-driven React one (hashed class names; `data-view-name` hooks, the post's urn
 * in a tracking attribute, a TipTap comment box in a section below the post). Comments in
 * either, and the public article pages (Pulse) with their comments.
 *
 * Sources: classic — xldeveloper/openclaw-skills (…/references/dom-patterns.md),
 * teo-bs/nudl (src/extension/detector/selectors.ts); 2025 layout —
 * knamnguyen/trusthuman.io (packages/linkedin-automation/src/*\/utils-v2/).
 * Reconstructed pages: tests/fixtures/sites/linkedin-feed-classic.html, linkedin-feed-2025.html.
 */
export const SELECTORS = {
  post: [
    'div.feed-shared-update-v2[data-urn]', // a feed post (classic layout, since 2018)
    'div[data-view-name="feed-full-update"]', // a feed post (2025 layout; its comments sit beside it, not inside)
    'article.comments-comment-entity', // a comment (classic, since 2023)
    'article.comments-comment-item', // a comment (classic, until 2023)
    'div[data-view-name="comment-container"]', // a comment (2025 layout; unverified: no public source found)
    'section.comment', // a comment on a public article page (Pulse)
  ],
  text: [
    '.update-components-text', // a post's words (classic)
    '.feed-shared-inline-show-more-text', // its older wrapper
    '[data-view-name="feed-commentary"]', // a post's words (2025 layout: p > span[data-testid="expandable-text-box"])
    '.comments-comment-item__main-content', // a comment's words (classic)
    '[data-view-name="comment-commentary"]', // a comment's words (2025; unverified)
    '.comment__message', // Pulse
  ],
  author: [
    '.update-components-actor__title span[aria-hidden="true"]', // classic post
    '.update-components-actor__name span[aria-hidden="true"]', // classic post, its newer name wrapper (2024–2025)
    '.comments-comment-meta__description-title', // classic comment
    '.comments-post-meta__name-text span[aria-hidden="true"]', // classic comment (until 2023)
    'a[data-view-name="feed-actor-image"] + a p', // 2025 post: the link after the photo, its first <p> is the name
    'a[data-view-name="comment-actor-description"] p', // 2025 comment: name, then headline
    '[data-view-name="feed-actor-name"]', '[data-view-name="comment-actor-name"]', // 2025 (unverified)
    '.comment__actor-name', // Pulse
  ],
  permalink: [
    'a[href*="/feed/update/"]', // the post's own page (a comment has none: its urn is its id)
  ],
  time: ['.update-components-actor__sub-description', 'time', '.comments-comment-meta__data'],
  replyButton: [
    'button.comment-button', // a post's Comment (classic)
    'button[aria-label="Comment"]', // the same, by its label (classic, 2024–2026)
    'button[aria-label^="Reply to"]', // a comment's Reply (classic)
    'button[data-view-name="feed-comment-button"]', // a post's Comment (2025 layout)
    'button[data-view-name="comment-reply"]', // a comment's Reply (2025; unverified)
    'button.comments-comment-social-bar__reply-action-button--cr',
  ],
  replyBox: [
    '.comments-comment-box .ql-editor[contenteditable="true"]', // the comment box, Quill (classic)
    '[data-view-name="comment-box"] [contenteditable="true"]', // the comment box, TipTap (2025 layout)
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]', // its wrapper (TipTap, 2026)
    '.ql-editor[contenteditable="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ],
} as const;

const FEED_POST_2025 = 'div[data-view-name="feed-full-update"]';
/** The 2025 layout's box, in the post's listitem (beside the post). */
const BOX_2025 = '[data-view-name="comment-box"] [contenteditable="true"]';

/**
 * The 2025 layout's post urn: no `data-urn`; the nearest `data-view-tracking-scope` (a JSON
 * list of events) has a FeedUpdateServedEvent whose breadcrumb is the bytes of a JSON text
 * holding `"updateUrn":"urn:li:activity:…"`. Read only for posts that mention a query.
 */
export function urnFromTrackingScope(post: Element): string {
  for (let at: Element | null = post; at; at = at.parentElement) {
    const scope = at.getAttribute('data-view-tracking-scope');
    if (!scope) continue;
    try {
      const events: unknown = JSON.parse(scope);
      if (!Array.isArray(events)) continue;
      for (const event of events as { breadcrumb?: { content?: { data?: unknown } } }[]) {
        const bytes = event?.breadcrumb?.content?.data;
        if (!Array.isArray(bytes) || bytes.length > 100_000) continue;
        const text = new TextDecoder().decode(Uint8Array.from(bytes.filter((b): b is number => typeof b === 'number')));
        const urn = /urn:li:(?:activity|ugcPost):\d+/.exec(text)?.[0];
        if (urn) return urn;
      }
    } catch {
      // not JSON: another scope further up may be
    }
  }
  return '';
}

export const linkedinAdapter = defineSite({
  id: 'linkedin',
  platform: 'linkedin',
  maxReplyLength: 1250,
  // Quill in the classic layout; the 2025 layout's box is TipTap (the chain recognises both).
  editor: 'quill',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'linkedin.com'),
  read: {
    // A post's urn is its stable id: urn:li:activity:… → its own page.
    permalink: (post) => {
      let urn = post.getAttribute('data-urn') ?? post.getAttribute('data-id') ?? '';
      if (!urn && post.matches(FEED_POST_2025)) urn = urnFromTrackingScope(post);
      return /^urn:li:(activity|ugcPost):/.test(urn) ? `https://www.linkedin.com/feed/update/${urn}/` : '';
    },
    // A comment's urn; on a Pulse page, where comments have none, its author's profile on this article.
    id: (post) => {
      const urn = post.getAttribute('data-id') ?? post.closest('[data-urn]')?.getAttribute('data-urn') ?? '';
      if (urn && post.matches('section.comment') === false) return urn;
      const profile = post.querySelector('a.comment__actor-name')?.getAttribute('href')?.split('?')[0];
      return profile ? `${post.ownerDocument.location?.href.split('?')[0]}#comment-by-${profile.replace(/^.*\/in\//, '').replace(/\/$/, '')}` : '';
    },
  },
  // The 2025 layout keeps a post's comment box beside the post, in its listitem: a box
  // already open there is the one to use (clicking Comment again would not open another).
  inlineBox: (post) => (post.matches(FEED_POST_2025) ? (post.closest('div[role="listitem"]')?.querySelector<HTMLElement>(BOX_2025) ?? null) : null),
  // The comment box opens under the post (classic: inside it; 2025: beside it, in the
  // post's listitem), or under the comment for a reply.
  replyScope: (post) =>
    post.closest('div.feed-shared-update-v2') ??
    post.closest('div[role="listitem"]') ??
    post.closest(FEED_POST_2025)?.parentElement ??
    post,
});
