import { defineSite } from './define-site';
import { cleanText, onDomain } from './dom';

/**
 * Reddit: the current "shreddit" web components, the 2018–2023 React redesign still in
 * saved pages, and old.reddit.com (server-rendered `.thing` elements).
 *
 * shreddit sources (2024–2026): public Reddit extensions and bots (action row, composer,
 * Lexical editor; named in tests/fixtures/sites/reddit-shreddit.html, the reconstructed
 * thread the real-browser test replies on).
 */
export const SELECTORS = {
  post: [
    'shreddit-post', // a post (shreddit, since 2023)
    'shreddit-comment', // a comment (shreddit; replies nested inside their parent)
    'div.thing.comment', // a comment (old.reddit.com)
    'div.thing.link', // a post (old.reddit.com)
    'div[id^="t1_"][tabindex="-1"]', // a comment (2018–2023 redesign)
  ],
  text: [
    '[slot="text-body"]', // post body (shreddit)
    'shreddit-post-text-body', // post body in feeds (shreddit, 2026)
    '[slot="comment"]', // comment body (shreddit: div[slot=comment] > #<thingid>-comment-rtjson-content)
    '.usertext-body .md', // old.reddit.com
    '[data-testid="comment"]', // redesign
  ],
  author: ['[data-testid="comment_author_link"]', 'a.author'],
  handle: ['[data-testid="comment_author_link"]', 'a.author'],
  permalink: ['[data-testid="comment_timestamp"]', 'a.bylink', 'a[slot="full-post-link"]'],
  time: ['time', '[data-testid="comment_timestamp"]', 'faceplate-timeago'],
  replyButton: [
    'shreddit-comment-action-row button[slot="comment-reply"]', // comment's Reply (shreddit, 2026), in its action row's light DOM
    'shreddit-comment-action-row [noun="reply_comment"] button', // the same, wrapped in its tracker (shreddit, 2026)
    'button[slot="reply-button"]', // comment's Reply (shreddit, 2023; unverified since)
    'faceplate-tracker[noun="reply"] button', // comment's Reply (shreddit, 2024)
    '.flat-list a[onclick*="reply"]', // old.reddit.com "reply"
  ],
  replyBox: [
    'shreddit-composer div[data-lexical-editor="true"]', // the rich comment composer, Lexical, a light-DOM child (shreddit, 2024–2026)
    'shreddit-composer [contenteditable="true"]', // the same before Lexical marks it
    'shreddit-composer textarea', // its markdown mode
    'comment-composer-host [contenteditable="true"]',
    'form.usertext textarea', // old.reddit.com
  ],
  // shreddit's components render only their named slots: the helper goes inside the slotted
  // body (a child of shreddit-comment without a slot would never show). Old Reddit: the post.
  helperAnchor: [
    '[slot="comment"]', // a comment's body (shreddit)
    '[slot="text-body"]', 'shreddit-post-text-body', // a post's body (shreddit)
    '[slot="title"]', // a post without a body: its title (shreddit)
  ],
} as const;

export const redditAdapter = defineSite({
  id: 'reddit',
  platform: 'reddit',
  maxReplyLength: 10_000,
  editor: 'lexical',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'reddit.com'),
  read: {
    // shreddit and old Reddit carry author and permalink as attributes of the post element.
    author: (post) => post.getAttribute('author') ?? post.getAttribute('data-author') ?? '',
    handle: (post) => {
      const name = post.getAttribute('author') ?? post.getAttribute('data-author') ?? cleanText(post.querySelector('[data-testid="comment_author_link"], a.author'));
      return name ? `u/${name}` : '';
    },
    permalink: (post) => {
      const path = post.getAttribute('permalink') ?? post.getAttribute('data-permalink');
      return path ? new URL(path, post.ownerDocument.baseURI).href : '';
    },
    time: (post) => post.getAttribute('created-timestamp') ?? '',
    id: (post) => post.getAttribute('thingid') ?? post.getAttribute('data-fullname') ?? post.id,
  },
  // A shreddit comment's composer opens in its light DOM; old Reddit's inside the comment.
  replyScope: (post) => post,
  // A shreddit post says as much in its title as in its body (often a question is all
  // title): both are its words; its other slots (the credit bar, the media, the actions)
  // are not.
  textOutside: (post) =>
    post.localName === 'shreddit-post' ? (el) => el.parentElement === post && !el.matches('[slot="title"], [slot="text-body"], shreddit-post-text-body') : null,
});
