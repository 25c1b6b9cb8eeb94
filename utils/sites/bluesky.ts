import { defineSite } from './define-site';
import { cleanText, nameAndHandle, onDomain } from './dom';

/** Bluesky's web app (React Native Web): test ids, no semantic markup. */
export const SELECTORS = {
  post: [
    '[data-testid^="feedItem-by-"]', // a post in a feed or profile (since 2023; the real saved profile page, 2026)
    '[data-testid^="postThreadItem-by-"]', // a post of a thread, the anchor and its replies (since 2023; the real saved thread, 2026)
  ],
  text: [
    '[data-testid="postText"]', // the post's words in feeds (the real saved profile page)
    'div[dir="auto"][data-word-wrap="1"]', // the words in a thread view, which has no test id (the real saved thread, 2026)
  ],
  author: [
    'a[aria-label="View profile"]', // name link, then the handle link (feeds, replies; real saved pages); told apart in `read`
    'a[href^="/profile/"]:not([aria-label$="avatar"]) div[dir="auto"]', // the thread's anchor post: name over handle (the real saved thread)
  ],
  handle: ['a[aria-label="View profile"] + a[aria-label="View profile"]'], // the second profile link (real saved pages)
  // The time stamp, labelled with the date (real saved pages); the thread's anchor post has
  // none: the page is its link.
  permalink: ['a[href*="/post/"][data-tooltip]'],
  time: ['a[href*="/post/"][data-tooltip]'], // the same link, its data-tooltip the date
  replyButton: ['[data-testid="replyBtn"]'], // the action row's Reply, a <button> (real saved pages, 2026)
  replyBox: [
    // The composer the Reply opens: a layer with role="dialog" and aria-modal (social-app,
    // src/view/shell/Composer.web.tsx) holding a TipTap editor, whose ProseMirror view is the
    // box (src/view/com/composer/text-input/TextInput.web.tsx; its 2023 versions were a textarea).
    '[role="dialog"] .ProseMirror[contenteditable="true"]',
    // The same, by the composer's test id (ComposePost's "composePostView": src/view/com/composer/Composer.tsx).
    '[data-testid="composePostView"] [contenteditable="true"]',
  ],
  helperAnchor: ['[data-testid="postText"]', 'div[dir="auto"][data-word-wrap="1"]'], // after the post's words (the text selectors above)
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
