import { defineSite } from './define-site';
import { onDomain } from './dom';

/**
 * Dailymotion: the video page's description and comments, by `data-testid` hooks.
 * UNVERIFIED: no public source we could find (saved page, extension, userscript, scraper,
 * help page) documents Dailymotion's comment markup, or even that video pages show
 * comments today. These hooks are the adapter's own assumption; the journey on
 * tests/fixtures/sites/dailymotion-video.html (written from these same hooks) proves only
 * that adapter and reply path work together. Check them against the live site first.
 */
export const SELECTORS = {
  post: [
    'div[data-testid="comment"]', // a comment under a video (unverified)
    'div[data-testid="video-description"]', // the video's description (unverified)
  ],
  text: ['[data-testid="comment-text"]', '[data-testid="video-description-text"]'], // unverified
  author: ['[data-testid="comment-author"]', 'a[data-testid="channel-link"]'], // unverified
  handle: [],
  permalink: [],
  time: ['time'],
  replyButton: ['button[data-testid="comment-reply-button"]'], // a comment's Reply (unverified)
  // The reply box, a textarea that Reply opens under the comment (unverified).
  replyBox: ['textarea[data-testid="comment-input"]', 'form textarea'],
} as const;

export const dailymotionAdapter = defineSite({
  id: 'dailymotion',
  platform: 'dailymotion',
  maxReplyLength: 1000,
  editor: 'textarea',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'dailymotion.com'),
  read: {
    handle: (post) => {
      const path = post.querySelector('a[data-testid="comment-author"], a[data-testid="channel-link"]')?.getAttribute('href') ?? '';
      const name = /^\/([^/?]+)/.exec(path)?.[1];
      return name ? `@${name}` : '';
    },
    id: (post) => post.getAttribute('data-comment-id') ?? '',
  },
  replyScope: (post) => post,
});
