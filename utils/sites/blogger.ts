import { defineSite } from './define-site';
import { generatorIs, onDomain } from './dom';

/**
 * Blogger (blogspot.com and custom domains): the blog's posts and their comment threads
 * as Blogger's layouts write them. The comment form is a frame from www.blogger.com: a
 * page script cannot type into it, so a reply is copied for the manager to paste.
 */
export const SELECTORS = {
  post: [
    'li.comment[id^="c"]', // a comment in a threaded comment section (layouts since 2012)
    'dl#comments-block > dd.comment-body', // older non-threaded layouts
    'div.post-outer > div.post', // a blog post
  ],
  text: ['.comment-content', 'p.comment-content', '.comment-body', '.post-body'],
  author: ['cite.user', '.comment-author', '.post-author .fn', '.post-author'],
  permalink: ['.datetime a', '.comment-timestamp a', 'a.timestamp-link', 'h3.post-title a'],
  time: ['.datetime a', 'abbr.published', 'time'],
  replyButton: ['a.comment-reply[data-comment-id]', 'span.comment-reply'],
  replyBox: [], // none readable: the comment editor is a cross-origin frame (iframe#comment-editor)
} as const;

export function isBloggerPage(location: Location, document: Document): boolean {
  return (
    onDomain(location, 'blogspot.com', 'blogger.com') ||
    generatorIs(document, /^Blogger/i) ||
    document.querySelector('link[href*="www.blogger.com/static"], link[href*="www.blogger.com/dyn-css"], script[src*="www.blogger.com/static"]') !== null
  );
}

export const bloggerAdapter = defineSite({
  id: 'blogger',
  platform: 'blogger',
  maxReplyLength: 4096,
  editor: 'iframe',
  selectors: SELECTORS,
  matches: isBloggerPage,
  read: { id: (post) => post.id || post.querySelector('a[name]')?.getAttribute('name') || '' },
  // No box will ever show in this page: do not keep the manager waiting.
  replyWaitMs: 500,
});
