import { defineSite } from './define-site';
import { linkOf, nameAndHandle, onDomain } from './dom';

/** X (formerly Twitter): the React web app, and the legacy twitter.com markup of saved pages. */
export const SELECTORS = {
  post: [
    'article[data-testid="tweet"]', // a post or reply in any timeline (React app, since 2019)
    'div.tweet[data-tweet-id]', // legacy twitter.com, until 2019 (still in saved pages)
  ],
  text: [
    '[data-testid="tweetText"]', // the post's words (since 2019)
    '[data-testid="twitterArticleRichTextView"]', // a long-form Article (since 2024)
    '.js-tweet-text', // legacy
  ],
  author: [
    '[data-testid="User-Name"] a', // name and "@handle" links (since 2019), told apart in `read` below
    '.fullname', // legacy
  ],
  handle: [
    '[data-testid="User-Name"] a', // the "@handle" link (since 2019)
    '.username', // legacy "@handle"
  ],
  permalink: [
    'a[href*="/status/"]:has(> time)', // the time stamp links to the post (since 2019)
    'a.tweet-timestamp', // legacy
  ],
  time: ['time', '.tweet-timestamp ._timestamp'],
  replyButton: [
    '[data-testid="reply"]', // opens the reply dialog (since 2019)
    '.ProfileTweet-action--reply button', // legacy
  ],
  replyBox: [
    '[data-testid="tweetTextarea_0"][contenteditable="true"]', // Draft.js editor, in the dialog or inline (since 2019)
    '.tweet-box[contenteditable="true"]', // legacy rich editor
  ],
  helperAnchor: ['[data-testid="tweetText"]', '[data-testid="twitterArticleRichTextView"]', '.js-tweet-text'],
} as const;

/** Whether this post is the one the status page is about (its composer sits under it). */
function isFocal(post: Element): boolean {
  const link = linkOf(post.querySelector(SELECTORS.permalink[0]));
  const path = post.ownerDocument.location?.pathname ?? '';
  if (link) return new URL(link).pathname === path;
  // The focal post shows its time without a link; other posts on the page link theirs.
  return /\/status\/\d+/.test(path) && post.querySelector('time') !== null;
}

export const xAdapter = defineSite({
  id: 'x',
  platform: 'x',
  maxReplyLength: 280,
  editor: 'draft-js',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'x.com', 'twitter.com'),
  helperAppend: 'after',
  read: {
    author: (post) => nameAndHandle(post.querySelectorAll(SELECTORS.author[0])).name,
    handle: (post) => nameAndHandle(post.querySelectorAll(SELECTORS.handle[0])).handle,
    // Legacy markup keeps the post's data in attributes.
    permalink: (post) => {
      const path = post.getAttribute('data-permalink-path');
      return path ? new URL(path, post.ownerDocument.baseURI).href : '';
    },
    id: (post) => post.getAttribute('data-tweet-id') ?? '',
  },
  inlineBox: (post) =>
    isFocal(post)
      ? post.ownerDocument.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"][contenteditable="true"]:not([role="dialog"] *)')
      : null,
  replyScope: (post) => post.ownerDocument.querySelector('[role="dialog"]') ?? post.ownerDocument,
});
