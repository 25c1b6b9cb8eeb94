import { defineSite } from './define-site';
import { onDomain } from './dom';

/** TikTok web: the video's caption and its comments, found by their `data-e2e` test hooks. */
export const SELECTORS = {
  post: [
    'div[class*="DivCommentItemContainer"]', // a comment (2022–2024)
    'div[class*="DivCommentObjectWrapper"]', // a comment (since 2024)
    'div[class*="DivReplyContainer"] div[class*="DivCommentItemWrapper"]', // a reply
    'div[data-e2e="browse-video-desc"]', 'div[data-e2e="video-desc"]', // the video's caption (post page / feed)
  ],
  text: [
    'p[data-e2e="comment-level-1"]', 'p[data-e2e="comment-level-2"]', // a comment's words (2022–2024)
    'span[data-e2e="comment-level-1"]', 'span[data-e2e="comment-level-2"]', // (since 2024)
    'span[data-e2e^="desc-span"]',
  ],
  author: ['[data-e2e="comment-username-1"]', '[data-e2e="comment-username-2"]', 'a[href^="/@"]'],
  handle: ['a[href^="/@"]'],
  permalink: [],
  time: ['[data-e2e="comment-time-1"]', '[data-e2e="comment-time-2"]'],
  replyButton: ['[data-e2e="comment-reply-1"]', '[data-e2e="comment-reply-2"]'],
  replyBox: [
    'div[data-e2e="comment-input"] [contenteditable="true"]', // the comment box, Draft.js (since 2021)
    '.public-DraftEditor-content[contenteditable="true"]',
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
    // Comments have no address of their own: the video's, with the author and comment id.
    id: (post) => post.querySelector('[id^="comment-"]')?.id ?? post.id,
  },
  // Replying to a comment focuses the video's one comment box.
  replyScope: (post) => post.ownerDocument,
});
