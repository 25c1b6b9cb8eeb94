import { defineSite } from './define-site';
import { generatorIs, onDomain } from './dom';

/**
 * Tumblr: the dashboard and blog view of the React app (www.tumblr.com), and the blogs'
 * own themed pages (name.tumblr.com), whose posts are `<article>` or `.post` elements.
 */
export const SELECTORS = {
  post: [
    'div[data-cell-id] article', // a post on the dashboard or a blog in the app (since 2021)
    'div[data-testid="reply"]', // a reply in a post's notes (since 2022)
    'body:not(:has(#root)) article', // a post on a themed blog page
    'body:not(:has(#root)) div.post', // older themes
  ],
  text: ['div[data-testid="reply-text"]', 'div[data-testid="note-text"]', '.k31gt', 'div.post-content', 'div.text', '.post .text', '.body-text'],
  author: ['a[data-testid="reply-author"]', 'header a[rel="author"]', 'header a[aria-label]', 'header a'],
  handle: ['a[data-testid="reply-author"]', 'header a[rel="author"]', 'header a'],
  permalink: ['a[href*="/post/"]'],
  time: ['time'],
  replyButton: ['button[aria-label="Reply"]'],
  replyBox: [
    'div[data-testid="notes-reply-input"] textarea', // the reply field in a post's notes, a textarea (since 2022)
    'textarea[aria-label*="reply" i]',
  ],
} as const;

/** A themed blog page names Tumblr as its generator or loads Tumblr's assets. */
function isTumblrPage(location: Location, document: Document): boolean {
  if (onDomain(location, 'tumblr.com')) return true;
  return generatorIs(document, /tumblr/i) || document.querySelector('link[href*="assets.tumblr.com"], script[src*="assets.tumblr.com"], iframe.tmblr-iframe') !== null;
}

export const tumblrAdapter = defineSite({
  id: 'tumblr',
  platform: 'tumblr',
  maxReplyLength: 475,
  editor: 'textarea',
  selectors: SELECTORS,
  matches: isTumblrPage,
  read: {
    handle: (post) => {
      const name = post.querySelector('a[data-testid="reply-author"], header a')?.textContent?.trim();
      return name ? `@${name}` : '';
    },
  },
  replyScope: (post) => post.closest('article') ?? post,
});
