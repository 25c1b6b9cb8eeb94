import { defineSite } from './define-site';
import { onDomain } from './dom';

/** Facebook: the www React app ("Comet", Lexical editor) and the mobile basic m.facebook.com. */
export const SELECTORS = {
  post: [
    'div[role="article"]', // a comment, and a post in groups and pages (www, since 2020)
    'div[aria-posinset]', // a post in the news feed, which lost role=article (www, since 2023)
    'div[data-sigil="comment"]', // a comment (m.facebook.com basic, 2021)
  ],
  text: [
    '[data-ad-rendering-role="story_message"]', // a post's words (www, since 2024)
    '[data-ad-comet-preview="message"]', // a post's words (www, 2020–2024)
    '[data-ad-preview="message"]',
    'div[dir="auto"][style*="text-align"]', // a comment's words (www)
    '[data-sigil="comment-body"]', // m.facebook.com
  ],
  author: [
    'h2 strong', 'h3 strong', 'h4 strong', // a post's author (www)
    'a[role="link"] > span > span[dir="auto"]', // a comment's author (www)
    '._2b05', // m.facebook.com
  ],
  permalink: [
    'a[href*="comment_id="]', // a comment's time stamp (www)
    'a[href*="/posts/"]', 'a[href*="/permalink/"]', 'a[href*="story_fbid="]', // a post's time stamp
  ],
  time: ['a[href*="comment_id="]', 'abbr'],
  replyButton: [
    'div[role="button"][aria-label="Leave a comment"]', // a post's Comment (www, English UI)
    'div[role="button"][aria-label="Reply"]',
    'div[role="button"][aria-label^="Reply to"]', // a comment's Reply (www)
  ],
  replyBox: [
    'div[contenteditable="true"][data-lexical-editor="true"]', // the comment box, Lexical (www, since 2022)
    'div[contenteditable="true"][role="textbox"]',
    'textarea[name="comment_text"]', // m.facebook.com
  ],
} as const;

export const facebookAdapter = defineSite({
  id: 'facebook',
  platform: 'facebook',
  maxReplyLength: 8000,
  editor: 'lexical',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'facebook.com'),
  // A comment's label is "Comment by Name …": a reliable author when the markup hides it.
  read: {
    author: (post) => /^(?:Comment|Reply) by (.+?)(?: \d|$)/.exec(post.getAttribute('aria-label') ?? '')?.[1] ?? '',
    id: (post) => post.getAttribute('data-uniqueid') ?? '',
    permalink: (post) => {
      // m.facebook.com: a comment has no link of its own; the story's address with its id is one.
      const commentId = post.querySelector('[data-commentid]')?.getAttribute('data-commentid')?.split('_')[1];
      if (!commentId) return '';
      const url = new URL(post.ownerDocument.location.href);
      url.searchParams.set('comment_id', commentId);
      return url.href;
    },
  },
  replyScope: (post) => post.parentElement?.closest('div[role="article"], div[aria-posinset]') ?? post.parentElement ?? post,
});
