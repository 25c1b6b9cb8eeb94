import { defineSite } from './define-site';
import { onDomain } from './dom';
import { withReplyByText } from './reply-by-text';

/**
 * Instagram's web app: class names are generated, so the structure and the links carry
 * the meaning (a post is an `<article>`, a comment a list item with its author's `<h3>`).
 * Sources are named in tests/fixtures/sites/instagram-post.html, the reconstructed page
 * the real-browser test runs this adapter on.
 */
export const SELECTORS = {
  post: [
    'article', // a post in the feed, the post page or its dialog (since 2016; DimensionDev/Maskbook, enricobianchi10/social-automation-extension)
    'ul ul > div > li', // a comment on a post (2025; beak2825/greasyfork_archives 539260.js)
    'ul > div > li[role="menuitem"], ul > li._a9zj', // a comment (2022–2024; kept from the earlier adapter, unverified since)
  ],
  text: [
    'h1[dir="auto"]', // the caption on the post page (enricobianchi10/social-automation-extension: //article//h1)
    'h3 + div > span', // a comment's words, after its author's h3 (2025; enricobianchi10/social-automation-extension)
    'span[dir="auto"]._ap3a', // a comment's words (2024; earlier adapter, unverified since)
    'div._a9zs > span', // a comment's words (2022; earlier adapter, unverified since)
  ],
  author: [
    'header a[role="link"]', // a post's author in its header
    'h2 a', // the caption's author on the post page
    'h3 a', // a comment's author (2025; enricobianchi10/social-automation-extension)
    'a[role="link"][href^="/"]',
  ],
  handle: ['header a[role="link"]', 'h2 a', 'h3 a'],
  permalink: [
    'a[href*="/p/"]:has(> time)', // a post's time stamp
    'a[href*="/reel/"]:has(> time)', // a reel's time stamp
    'a[href*="/c/"]:has(> time)', // a comment's time stamp (/p/<code>/c/<id>/)
  ],
  time: ['time'],
  replyButton: [
    // A comment's Reply is a <button> whose only name is its text: see `withReplyByText` below.
    'div[role="button"]:has(svg[aria-label="Comment"])', // a post's Comment control (IsaiahDupree/Safari_Automations: svg[aria-label="Comment"])
    'button:has(svg[aria-label="Comment"])', // the same, as a button
  ],
  replyBox: [
    'textarea[aria-label="Add a comment…"]', // the comment box, a React-controlled textarea (since 2016; IsaiahDupree/Safari_Automations, 2026)
    'form textarea', // the same box in another interface language (enricobianchi10/social-automation-extension: //article//textarea)
  ],
} as const;

/** Words of a comment's Reply control in the interface languages a manager is likely to use. */
const REPLY_WORDS = /^(Reply|Répondre|Responder|Antworten|Rispondi)$/;

/** The post's one comment form: a comment's Reply fills it with "@author " and focuses it. */
const postForm = (post: Element): HTMLElement | null => {
  const scope = post.closest('article') ?? post.ownerDocument;
  for (const selector of SELECTORS.replyBox) {
    const box = scope.querySelector<HTMLElement>(selector);
    if (box) return box;
  }
  return null;
};

const instagramSite = defineSite({
  id: 'instagram',
  platform: 'instagram',
  maxReplyLength: 2200,
  editor: 'textarea',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'instagram.com'),
  read: {
    handle: (post) => {
      const name = post.querySelector('header a[role="link"], h2 a, h3 a')?.textContent?.trim();
      return name ? `@${name}` : '';
    },
  },
  replyScope: (post) => post.closest('article') ?? post.ownerDocument,
});

export const instagramAdapter = withReplyByText(instagramSite, {
  control: 'button, div[role="button"], span[role="button"]',
  words: REPLY_WORDS,
  // The box was there before the click: it is ready once Instagram focused it or put the
  // "@author " mention in it (enricobianchi10/social-automation-extension keeps that text).
  box: (comment) => {
    const box = postForm(comment);
    if (!box) return null;
    const focused = box.ownerDocument.activeElement === box;
    return focused || (box as HTMLTextAreaElement).value.startsWith('@') ? box : null;
  },
});
