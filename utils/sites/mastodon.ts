import { defineSite } from './define-site';

/**
 * Mastodon, any instance: recognised by its web app's markup, never by its host name
 * (there are thousands of instances). Only mastodon.social is in the manifest; on another
 * instance the content script runs once the manager adds it with the popup's "Watch this
 * site" (utils/sites/watch-site.ts). Selectors from Mastodon's own source
 * (mastodon/mastodon, app/javascript/mastodon); tested on a reconstructed thread page
 * (tests/fixtures/sites/mastodon-thread.html) and the hand-written defuddle page.
 */
export const SELECTORS = {
  post: [
    '.status__wrapper', // a post in a timeline or thread: components/status/legacy/status.jsx (since 4.0)
    '.detailed-status__wrapper', // the post a thread page is about: features/status/components/detailed_status
    'div.status[data-id]', // the post inside the wrapper (skipped there); alone in releases before 4.0
  ],
  text: [
    '.status__content__text', // the post's words: status_content (since 3.5)
    '.status__content', // older releases, and content-warning posts once opened
  ],
  author: ['.display-name__html', '.display-name strong'], // display_name: the name, then its <strong> before 4.0
  handle: ['.display-name__account'], // display_name: "@user" or "@user@instance"
  permalink: [
    'a.status__relative-time', // the time link to /@acct/id: components/status/legacy/header.tsx
    'a.detailed-status__datetime', // the same on the post a thread page is about
  ],
  time: ['a.status__relative-time time', 'a.detailed-status__datetime', 'time'],
  replyButton: [
    // The action bar's Reply, any UI language: its icon is `icon-reply` (`icon-reply-all` on
    // a reply in a thread); status_action_bar/index.jsx, IconButton (since 4.0).
    '.status__action-bar button:has(.icon-reply, .icon-reply-all)',
    '.detailed-status__action-bar button:has(.icon-reply, .icon-reply-all)',
    // The first button wrapper of either action bar is always Reply (all 4.x releases).
    '.status__action-bar > :first-child button',
    '.detailed-status__action-bar > :first-child button',
    'button[aria-label="Reply"]', // English UI, older markup
  ],
  replyBox: [
    // The compose form's AutosuggestTextarea, a React-controlled <textarea> that Reply fills
    // with the author's mention: features/compose/components/compose_form.jsx (all releases).
    'textarea.autosuggest-textarea__textarea',
    '.compose-form textarea', // the same form, should the textarea's class change
  ],
  helperAnchor: ['.status__content'], // the helper goes right after the post's words
} as const;

/**
 * The web app's root element is the same on every instance: `.app-holder#mastodon` with
 * `data-props` (app/views/shared/_web_app.html.haml). The pack stylesheet is the fallback
 * for a page the app has not mounted yet on releases that still served `/packs/`.
 */
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
