import { defineSite } from './define-site';
import { onDomain } from './dom';

/**
 * Threads (Meta): generated class names; posts are found by their structure and links.
 * Sources are named in tests/fixtures/sites/threads-post.html, the reconstructed page the
 * real-browser test runs this adapter on.
 */
export const SELECTORS = {
  post: [
    'div[data-pressable-container="true"]', // a post or reply in a feed or thread, no <article> (since 2023; official5ETa/ThreadsAutoComment, IsaiahDupree/Safari_Automations 2026)
  ],
  text: [
    'div[dir="auto"] > span', // a post's words (2023; earlier adapter, unverified since)
    'div > span[dir="auto"]', // a post's words: a span[dir] right in a div; the author's name is one in a link (2024; official5ETa/ThreadsAutoComment: div:has(>span[dir]))
    'span[dir="auto"]:not(a span)', // the same words in another nesting (earlier adapter)
  ],
  author: [
    'a[href^="/@"]:not([href*="/post/"]) span', // the author's name in the profile link (IsaiahDupree/Safari_Automations: a[href*="/@"])
    'a[href^="/@"]:not([href*="/post/"])', // the profile link itself, when its text is bare
  ],
  handle: ['a[href^="/@"]:not([href*="/post/"])'], // the profile link /@name
  permalink: ['a[href*="/post/"]:has(time)'], // the time stamp, /@name/post/<code> (IsaiahDupree/Safari_Automations)
  time: ['time'], // <time datetime> (IsaiahDupree/Safari_Automations)
  replyButton: [
    'div[role="button"]:has(> svg[aria-label="Reply"])', // a post's Reply control (official5ETa/ThreadsAutoComment, IsaiahDupree/Safari_Automations 2026)
    'div[role="button"]:has(svg[aria-label="Reply"])', // the same with the icon wrapped
  ],
  replyBox: [
    '[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]', // the reply composer in its dialog, Lexical (since 2023; see the page's sources)
    '[role="dialog"] div[role="textbox"][contenteditable="true"]', // the same box, by its role (official5ETa/ThreadsAutoComment)
    'div[contenteditable="true"][data-lexical-editor="true"]', // an inline composer, where Threads shows one
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
  // The composer opens in a dialog at the document's end, outside the post.
  replyScope: (post) => post.ownerDocument,
});
