import { defineSite } from './define-site';

/** Pinterest: a pin's description and its comments, by `data-test-id` hooks. */
export const SELECTORS = {
  post: [
    'div[data-test-id="comment"]', // a comment on a pin (since 2022)
    'div[data-test-id="pin-closeup-description"]', // the pin's description (closeup page)
  ],
  text: ['div[data-test-id="comment-text"]', 'span[data-test-id="comment-text"]', '[data-test-id="truncated-description"]', 'h1'],
  author: ['div[data-test-id="comment-author"] a', 'a[data-test-id="creator-profile-link"]', 'a[href^="/"][data-test-id*="name"]'],
  handle: ['div[data-test-id="comment-author"] a', 'a[data-test-id="creator-profile-link"]'],
  permalink: [],
  time: ['div[data-test-id="comment-timestamp"]', 'time'],
  replyButton: ['button[aria-label="Reply"]', 'div[data-test-id="comment-reply-button"] button'],
  replyBox: [
    'div[data-test-id="comment-editor-container"] [contenteditable="true"]', // the comment box, Draft.js (since 2021)
    '.public-DraftEditor-content[contenteditable="true"]',
    'textarea[data-test-id="comment-input"]',
  ],
} as const;

export const pinterestAdapter = defineSite({
  id: 'pinterest',
  platform: 'pinterest',
  maxReplyLength: 500,
  editor: 'draft-js',
  selectors: SELECTORS,
  matches: (location) => /(^|\.)pinterest\.[a-z.]+$/.test(location.hostname),
  read: {
    handle: (post) => {
      const path = post.querySelector('div[data-test-id="comment-author"] a, a[data-test-id="creator-profile-link"]')?.getAttribute('href') ?? '';
      const name = /^\/([^/]+)\//.exec(path)?.[1];
      return name ? `@${name}` : '';
    },
    id: (post) => post.getAttribute('data-comment-id') ?? '',
  },
  replyScope: (post) => post.ownerDocument,
});
