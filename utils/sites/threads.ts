import { defineSite } from './define-site';
import { onDomain } from './dom';

/** Threads (Meta): generated class names; posts are found by their structure and links. */
export const SELECTORS = {
  post: [
    'div[data-pressable-container="true"]', // a post or reply in a feed or thread (since 2023)
  ],
  text: ['div[dir="auto"] > span', 'span[dir="auto"]:not(a span)'],
  author: ['a[href^="/@"]:not([href*="/post/"]) span', 'a[href^="/@"]:not([href*="/post/"])'],
  handle: ['a[href^="/@"]:not([href*="/post/"])'],
  permalink: ['a[href*="/post/"]:has(time)'],
  time: ['time'],
  replyButton: ['div[role="button"]:has(svg[aria-label="Reply"])', 'svg[aria-label="Reply"]'],
  replyBox: [
    '[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]', // the reply dialog, Lexical (since 2023)
    'div[contenteditable="true"][data-lexical-editor="true"]',
  ],
} as const;

export const threadsAdapter = defineSite({
  id: 'threads',
  platform: 'threads',
  maxReplyLength: 500,
  editor: 'lexical',
  selectors: SELECTORS,
  matches: (location) => onDomain(location, 'threads.net', 'threads.com'),
  read: {
    handle: (post) => {
      const path = post.querySelector('a[href^="/@"]')?.getAttribute('href') ?? '';
      const name = /^\/@([^/]+)/.exec(path)?.[1];
      return name ? `@${name}` : '';
    },
  },
  replyScope: (post) => post.ownerDocument,
});
