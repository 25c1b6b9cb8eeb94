import { defineSite } from './define-site';
import { cleanText } from './dom';

/**
 * Pinterest: a pin's description and its comments, by the `data-test-id` hooks public
 * automation scripts and extensions rely on (sources named in
 * tests/fixtures/sites/pinterest-pin.html, the reconstructed page the journey runs on).
 */
export const SELECTORS = {
  post: [
    'div[data-test-id="commentThread-comment"]', // a comment under a pin (seen in scrapers since 2023)
    'div[data-test-id="closeup-description"]', // the pin's description on its closeup page
  ],
  text: [
    'span.text-container', // a comment's words
    '[data-test-id="main-pin-description-text"]', // the description's words
    '[data-test-id="truncated-description"]', // the same, shortened
  ],
  // The pin's creator; a comment's author is its first profile link with text (read below:
  // the avatar link before it has none).
  author: ['a[data-test-id="creator-profile-link"]'],
  handle: [],
  // Comments have no permalink of their own; the record falls back to the pin's address.
  permalink: [],
  time: ['time'],
  // No public source documents the markup of a comment's own Reply: the reply goes to the
  // pin's comment box (inlineBox below), addressed to the author by the reply's {author}.
  replyButton: [],
  replyBox: [
    // The pin's comment box, a Draft.js editor with @mentions (several commenting scripts):
    '[data-test-id="comment-editor-container"] .public-DraftEditor-content[contenteditable="true"]',
    '#dweb-comment-editor-container [contenteditable="true"]', // desktop web
    '#mweb-comment-editor-container [contenteditable="true"]', // mobile web
    '[data-test-id="editor-with-mentions"] [contenteditable="true"]',
  ],
} as const;

const PROFILE_LINK = 'a[data-test-id="creator-profile-link"], a[href^="/"]';

export const pinterestAdapter = defineSite({
  id: 'pinterest',
  platform: 'pinterest',
  maxReplyLength: 500,
  editor: 'draft-js',
  selectors: SELECTORS,
  matches: (location) => /(^|\.)pinterest\.[a-z.]+$/.test(location.hostname),
  read: {
    author: (post) => [...post.querySelectorAll(PROFILE_LINK)].map(cleanText).find(Boolean) ?? '',
    // The profile link is `/<username>/`.
    handle: (post) => {
      const path = post.querySelector(PROFILE_LINK)?.getAttribute('href') ?? '';
      const name = /^\/([^/?#]+)\/?$/.exec(path)?.[1];
      return name ? `@${name}` : '';
    },
  },
  // The comment box is on the pin's page without a click, under the comments.
  inlineBox: (post) => {
    for (const selector of SELECTORS.replyBox) {
      const box = post.ownerDocument.querySelector<HTMLElement>(selector);
      if (box) return box;
    }
    return null;
  },
});
