import { defineSite } from './define-site';
import { onDomain } from './dom';

/**
 * TikTok web: the video's caption and its comments, found by their `data-e2e` test hooks and
 * the component names TikTok's styled class names carry (`css-<hash>-DivCommentItemWrapper`).
 * Sources: a public TikTok selectors reference (Jan 2026), cubernetes/TikTokCommentScraper,
 * public scrapers and bots (named in tests/fixtures/sites/tiktok-comments.html, the
 * reconstructed comment panel the real-browser test replies on).
 */
export const SELECTORS = {
  post: [
    'div[class*="DivCommentItemContainer"]', // a comment (2022–2024)
    'div[class*="DivCommentObjectWrapper"]', // a top-level comment with its replies (since 2024)
    'div[class*="DivReplyContainer"] div[class*="DivCommentItemWrapper"]', // a reply (since 2024)
    'div[data-e2e="browse-video-desc"]', 'div[data-e2e="video-desc"]', // the video's caption (post page / feed)
  ],
  text: [
    'p[data-e2e="comment-level-1"]', 'p[data-e2e="comment-level-2"]', // a comment's words (2022–2024)
    'span[data-e2e="comment-level-1"]', 'span[data-e2e="comment-level-2"]', // a comment's / reply's words (since 2024)
    'span[data-e2e^="desc-span"]', // the caption's words (real page, 2024)
  ],
  author: [
    '[data-e2e="comment-username-1"]', '[data-e2e="comment-username-2"]', // the commenter's display name (since 2022)
    'a[href^="/@"]', // the profile link (avatar), as a last resort
  ],
  handle: ['a[href^="/@"]'], // the profile link /@name (read by `read.handle`)
  permalink: [],
  time: ['[data-e2e="comment-time-1"]', '[data-e2e="comment-time-2"]'], // unverified: no public source found
  replyButton: [
    '[data-e2e="comment-reply-1"]', // a comment's Reply, a span[role=button] (since 2022)
    '[data-e2e="comment-reply-2"]', // a reply's Reply
  ],
  replyBox: [
    'div[data-e2e="comment-input"] [contenteditable="true"]', // the video's comment box, Draft.js (since 2021), in DivCommentFooter
    '[class*="DivCommentFooter"] .public-DraftEditor-content[contenteditable="true"]', // the same by its editor
  ],
} as const;

const isCaption = (post: Element) => post.matches('[data-e2e$="video-desc"]');
const videoAuthor = (post: Element) => {
  const name = /^\/@([^/]+)\/video\//.exec(post.ownerDocument.location?.pathname ?? '')?.[1];
  return name ? `@${name}` : '';
};

export const tiktokAdapter = defineSite({
  id: 'tiktok',
  platform: 'tiktok',
  maxReplyLength: 150,
  editor: 'draft-js',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'tiktok.com'),
  read: {
    // The caption's author is the video's: the page's own address names them (/@name/video/…).
    author: (post) => (isCaption(post) ? videoAuthor(post) : ''),
    permalink: (post) => (isCaption(post) && videoAuthor(post) ? (post.ownerDocument.location?.href ?? '') : ''),
    handle: (post) => {
      if (isCaption(post)) return videoAuthor(post);
      const path = post.querySelector('a[href^="/@"]')?.getAttribute('href') ?? '';
      const name = /^\/@([^/?]+)/.exec(path)?.[1];
      return name ? `@${name}` : '';
    },
    // Comments have no address of their own: the video's, with the commenter's handle.
    id: (post) => {
      const own = post.querySelector('[id^="comment-"]')?.id || post.id;
      if (own) return own;
      const name = /^\/@([^/?]+)/.exec(post.querySelector('a[href^="/@"]')?.getAttribute('href') ?? '')?.[1];
      const video = post.ownerDocument.location?.href.split(/[?#]/)[0] ?? '';
      return name && video ? `${video}#comment-by-@${name}` : '';
    },
  },
  // Replying to a comment focuses the video's one comment box.
  replyScope: (post) => post.ownerDocument,
});
