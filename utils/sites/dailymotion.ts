import { defineSite } from './define-site';
import { onDomain } from './dom';

/** Dailymotion: the video page's description and comments, by `data-testid` hooks. */
export const SELECTORS = {
  post: [
    'div[data-testid="comment"]', // a comment under a video (since 2023)
    'div[data-testid="video-description"]', // the video's description
  ],
  text: ['[data-testid="comment-text"]', '[data-testid="video-description-text"]'],
  author: ['[data-testid="comment-author"]', 'a[data-testid="channel-link"]'],
  handle: ['[data-testid="comment-author"]', 'a[data-testid="channel-link"]'],
  permalink: [],
  time: ['time'],
  replyButton: ['button[data-testid="comment-reply-button"]'],
  replyBox: ['textarea[data-testid="comment-input"]', 'form textarea'], // the comment box, a textarea
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
