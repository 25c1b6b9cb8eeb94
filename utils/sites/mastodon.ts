import { defineSite } from './define-site';

/**
 * Mastodon, any instance: recognised by its web app's markup, never by its host name
 * (there are thousands of instances; a manager adds theirs with "watch this site").
 */
export const SELECTORS = {
  post: [
    '.status__wrapper', // a post in a timeline or thread (since 4.0)
    '.detailed-status__wrapper', // the post a thread page is about
    'div.status[data-id]', // older releases without the wrapper
  ],
  text: ['.status__content__text', '.status__content'],
  author: ['.display-name__html', '.display-name strong'],
  handle: ['.display-name__account'],
  permalink: ['a.status__relative-time', 'a.detailed-status__datetime'],
  time: ['a.status__relative-time time', 'a.detailed-status__datetime', 'time'],
  replyButton: [
    'button[aria-label="Reply"]', // the action bar's reply (English UI)
    '.status__action-bar button:first-child', // its first button, in any language
    '.detailed-status__action-bar button:first-child',
  ],
  replyBox: [
    'textarea.autosuggest-textarea__textarea', // the compose form, a plain textarea (all releases)
    '.compose-form textarea',
  ],
  helperAnchor: ['.status__content'],
} as const;

/** The web app's root element and its stylesheet name are the same on every instance. */
export function isMastodonPage(document: Document): boolean {
  return (
    document.querySelector('#mastodon[data-props], body.app-body #mastodon, div.app-holder#mastodon') !== null ||
    document.querySelector('meta[property="og:site_name"]') !== null && document.querySelector('link[href*="/packs/css/mastodon"], link[href*="/packs/"]') !== null
  );
}

export const mastodonAdapter = defineSite({
  id: 'mastodon',
  platform: 'mastodon',
  maxReplyLength: 500,
  editor: 'textarea',
  selectors: SELECTORS,
  matches: (_location, document) => isMastodonPage(document),
  helperAppend: 'after',
  // Inside a wrapper, the inner `.status` is the same post.
  skip: (post) => post.classList.contains('status') && post.parentElement?.closest('.status__wrapper, .detailed-status__wrapper') != null,
  // Mastodon's reply goes to the one compose form (a column, or a modal on narrow screens).
  replyScope: (post) => post.ownerDocument,
});
