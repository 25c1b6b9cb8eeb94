import { defineSite } from './define-site';
import { onDomain } from './dom';

/** YouTube comments (Polymer `ytd-*` elements; the 2024 `ytd-comment-view-model` rename included). */
export const SELECTORS = {
  post: [
    'ytd-comment-view-model', // a comment or reply (since 2024)
    'ytd-comment-renderer', // a comment or reply (until 2024)
  ],
  text: ['#content-text'],
  author: ['#author-text', 'a#author-text span'],
  handle: ['#author-text'],
  permalink: ['#published-time-text a', 'a.yt-simple-endpoint[href*="lc="]'],
  time: ['#published-time-text a'],
  replyButton: ['#reply-button-end button', '#reply-button-end ytd-button-renderer'],
  replyBox: [
    '#contenteditable-root[contenteditable="true"]', // the comment box (a plain contenteditable div, since 2019)
  ],
  helperAnchor: ['#content-text'],
} as const;

export const youtubeAdapter = defineSite({
  id: 'youtube',
  platform: 'youtube',
  maxReplyLength: 10_000,
  editor: 'contenteditable',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'youtube.com'),
  helperAppend: 'after',
  read: {
    // The author link's text is the handle (`@name`) since 2022; a channel name before.
    author: (post) => (post.querySelector('#author-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  },
  // The reply box opens in the comment's reply dialog, below its own text.
  replyScope: (post) => post.querySelector('#reply-dialog') ?? post.parentElement ?? post,
});
