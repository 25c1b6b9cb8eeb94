import { defineSite } from './define-site';
import { cleanText, nameAndHandle, onDomain } from './dom';

/** Bluesky's web app (React Native Web): test ids, no semantic markup. */
export const SELECTORS = {
  post: [
    '[data-testid^="feedItem-by-"]', // a post in a feed or profile (since 2023)
    '[data-testid^="postThreadItem-by-"]', // a post of a thread, the anchor and its replies (since 2023)
  ],
  text: [
    '[data-testid="postText"]', // the post's words (feeds)
    'div[dir="auto"][data-word-wrap="1"]', // the words in a thread view, which has no test id (2026)
  ],
  author: [
    'a[aria-label="View profile"]', // name link, then the handle link (feeds, replies); told apart in `read`
    'a[href^="/profile/"]:not([aria-label$="avatar"]) div[dir="auto"]', // the thread's anchor post: name over handle
  ],
  handle: ['a[aria-label="View profile"] + a[aria-label="View profile"]'],
  permalink: ['a[href*="/post/"][data-tooltip]'], // the time stamp (the thread's anchor post has none: the page is its link)
  time: ['a[href*="/post/"][data-tooltip]'],
  replyButton: ['[data-testid="replyBtn"]'],
  replyBox: [
    '[role="dialog"] .ProseMirror[contenteditable="true"]', // the composer dialog, a TipTap (ProseMirror) editor (since 2024)
    '[data-testid="composePostView"] [contenteditable="true"]',
  ],
  helperAnchor: ['[data-testid="postText"]', 'div[dir="auto"][data-word-wrap="1"]'],
} as const;

export const blueskyAdapter = defineSite({
  id: 'bluesky',
  platform: 'bluesky',
  maxReplyLength: 300,
  editor: 'prosemirror',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'bsky.app'),
  helperAppend: 'after',
  read: {
    // The handle also names the author in the test id: `feedItem-by-alice.bsky.social`.
    handle: (post) => {
      const by = /-by-(.+)$/.exec(post.getAttribute('data-testid') ?? '')?.[1];
      return by ? `@${by}` : '';
    },
    author: (post) =>
      nameAndHandle(post.querySelectorAll(SELECTORS.author[0])).name || cleanText(post.querySelector(SELECTORS.author[1])),
    permalink: (post) => {
      if (post.querySelector(SELECTORS.permalink[0])) return '';
      // The anchor of a thread: the page's own address is its permalink.
      const location = post.ownerDocument.location;
      return post.matches('[data-testid^="postThreadItem-"]') && location && /\/post\//.test(location.pathname) ? location.href : '';
    },
  },
  replyScope: (post) => post.ownerDocument,
});
