import { defineSite } from './define-site';
import { generatorIs, onDomain } from './dom';

/**
 * Tumblr: posts of the React app (www.tumblr.com: dashboard, blog view, permalink), with the
 * reply field of their notes, and the blogs' own themed pages (name.tumblr.com), whose
 * posts are `<article>` or `.post` elements. The app hashes its class names; the hooks
 * below are the stable ones XKit Rewritten relies on (sources named in
 * tests/fixtures/sites/tumblr-post.html, the reconstructed page the journey runs on).
 * Replies inside a post's notes are not listed as posts of their own: no stable hook
 * tells one apart (XKit reads them through React's props).
 */
export const SELECTORS = {
  post: [
    '[tabindex="-1"][data-id] article', // a post in the app: XKit's postSelector (since 2021)
    'div[data-cell-id] article', // the timeline cell around it (unverified, kept from before)
    'body:not(:has(#root)) article', // a post on a themed blog page
    'body:not(:has(#root)) div.post', // older themes
  ],
  text: [
    'div.post-content', 'div.text', '.post .text', '.body-text', // themed blog pages
    // In the app, the post's content blocks between its header and its footer (class names hashed).
    'article > :not(header):not(footer)',
  ],
  author: ['header a[rel="author"]', 'header a[aria-label]', 'header a'], // the blog name in the post's header
  handle: ['header a[rel="author"]', 'header a'],
  permalink: [
    'a[href*="/post/"]', // themed pages: /post/<id>
    'header a time', // the app: the header's time links to the post (unverified)
  ],
  time: ['time'],
  replyButton: [
    // The footer's Reply opens the post's notes with their reply field; found by its icon, in
    // any UI language (XKit's classic_footer, since 2023), then by its English label.
    'footer button:has(use[href="#managed-icon__ds-reply-outline-24"])',
    'footer button[aria-label="Reply"]',
  ],
  replyBox: [
    // The notes panel's reply field. No source documents it: a textarea is assumed
    // (reconstructed page), a contenteditable field is taken as well.
    '[role="tabpanel"] textarea',
    'textarea[aria-label*="reply" i]',
    '[role="tabpanel"] [contenteditable="true"]',
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
      const name = post.querySelector('header a')?.textContent?.trim();
      return name ? `@${name}` : '';
    },
  },
  // The notes panel opens next to the article, inside the post's `[data-id]` wrapper.
  replyScope: (post) => post.closest('[data-id]') ?? post,
});
