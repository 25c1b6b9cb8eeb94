import { defineSite } from './define-site';
import { onDomain } from './dom';
import { withReplyByText } from './reply-by-text';

/**
 * Facebook: the www React app ("Comet", Lexical editor) and the mobile basic m.facebook.com.
 * Sources for the www markup are named in tests/fixtures/sites/facebook-group.html, the
 * reconstructed page the real-browser test runs this adapter on.
 */
export const SELECTORS = {
  post: [
    'div[role="article"]', // a comment (www, since 2020; eboody/commgmt), and a post in older feeds
    'div[aria-posinset]', // a post in a feed (www; selected so by public scrapers of 2025)
    'div[data-sigil="comment"]', // a comment (m.facebook.com basic, 2021; kevinzg/facebook-scraper's capture)
  ],
  text: [
    '[data-ad-rendering-role="story_message"]', // a post's words (www, 2025; chriswch/rental-hunter)
    '[data-ad-comet-preview="message"]', // a post's words (www, 2020–2024; unverified since)
    '[data-ad-preview="message"]', // a post's words (www, older; public scrapers)
    'div[dir="auto"][style*="text-align"]', // a comment's words (www, 2023–2025; public scrapers)
    '[data-sigil="comment-body"]', // a comment's words (m.facebook.com, 2021)
  ],
  author: [
    '[data-ad-rendering-role="profile_name"] strong', // a post's author (www, 2025; chriswch/rental-hunter)
    'h2 strong', 'h3 strong', 'h4 strong', // a post's author (www, before profile_name; unverified since)
    'a[role="link"] > span > span[dir="auto"]', // a comment's author (www), when its aria-label has no name
    '._2b05', // a comment's author (m.facebook.com, 2021)
  ],
  permalink: [
    'a[href*="comment_id="]', // a comment's time stamp (www; public scrapers)
    'a[href*="/posts/"]', 'a[href*="/permalink/"]', 'a[href*="story_fbid="]', // a post's time stamp (www; DimensionDev/Maskbook)
  ],
  time: ['a[href*="comment_id="]', 'abbr'],
  replyButton: [
    // A comment's Reply has no label but its text: see `withReplyByText` below.
    'div[role="button"][aria-label="Leave a comment"]', // a post's Comment control (www, English UI; public scripts, 2024–2025)
  ],
  replyBox: [
    'div[contenteditable="true"][data-lexical-editor="true"]', // the comment and reply box, Lexical (www, since 2022; eboody/commgmt and public scripts)
    'div[contenteditable="true"][role="textbox"]', // the same box, by its role
    'textarea[name="comment_text"]', // the comment box (m.facebook.com)
  ],
} as const;

/** Words of a comment's Reply control in the interface languages a manager is likely to use. */
const REPLY_WORDS = /^(Reply|Répondre|Responder|Antworten|Rispondi)$/;

/**
 * The reply box Facebook adds under a comment once its Reply is clicked: in the comment's
 * list item, after the comment, outside any other comment (eboody/commgmt). The focused
 * one when several are open there.
 */
function commentReplyBox(comment: Element): HTMLElement | null {
  const item = comment.closest('li');
  if (!item) return null;
  const boxes = SELECTORS.replyBox
    .flatMap((selector) => [...item.querySelectorAll<HTMLElement>(selector)])
    .filter((box) => !box.closest('[role="article"]'));
  const active = comment.ownerDocument.activeElement;
  return boxes.find((box) => box === active || box.contains(active)) ?? boxes[0] ?? null;
}

const facebookSite = defineSite({
  id: 'facebook',
  platform: 'facebook',
  maxReplyLength: 8000,
  editor: 'lexical',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'facebook.com'),
  read: {
    // A comment's label is "Comment by Name 2 days ago" (dmatis2/usesul-scripts reads the
    // same label in Slovak): a reliable author when the markup hides it.
    author: (post) =>
      /^(?:Comment|Reply) by (.+?)(?: (?:\d|an? (?:minute|hour|day|week|month|year))|$)/.exec(post.getAttribute('aria-label') ?? '')?.[1] ?? '',
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

export const facebookAdapter = withReplyByText(facebookSite, {
  control: 'div[role="button"], span[role="button"]',
  words: REPLY_WORDS,
  box: commentReplyBox,
});
