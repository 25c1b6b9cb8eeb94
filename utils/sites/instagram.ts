import { defineSite } from './define-site';
import { onDomain } from './dom';

/**
 * Instagram's web app: class names are generated, so the structure and the links carry
 * the meaning (a post is an `<article>`, a comment a list item with its author's link).
 */
export const SELECTORS = {
  post: [
    'article', // a post in the feed or the post page (since 2016)
    'ul ul > div[role="button"]', // a reply under a comment (2023)
    'ul > div > li[role="menuitem"], ul > li._a9zj', // a comment (2022–2024)
  ],
  text: [
    'h1[dir="auto"]', // the caption (post page)
    'span[dir="auto"]._ap3a', // a comment's words (2024)
    'div._a9zs > span', // a comment's words (2022)
  ],
  author: ['header a[role="link"]', 'h2 a', 'h3 a', 'a[role="link"][href^="/"]'],
  handle: ['header a[role="link"]', 'h2 a', 'h3 a'],
  permalink: ['a[href*="/p/"]:has(> time)', 'a[href*="/reel/"]:has(> time)', 'a[href*="/c/"]:has(> time)'],
  time: ['time'],
  replyButton: [
    'button:has(> span[aria-label="Reply"])', // a comment's Reply
    'div[role="button"]:has(svg[aria-label="Comment"])', // a post's Comment
    'svg[aria-label="Comment"]',
  ],
  replyBox: [
    'textarea[aria-label="Add a comment…"]', // the comment box, a textarea (since 2016)
    'form textarea',
  ],
} as const;

export const instagramAdapter = defineSite({
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
  // Replying to a comment fills the post's one comment form with "@author ".
  replyScope: (post) => post.closest('article') ?? post.ownerDocument,
});
