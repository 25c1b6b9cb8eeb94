import { defineSite } from './define-site';
import { generatorIs, onDomain } from './dom';

/**
 * WordPress comment sections: the markup `wp_list_comments()` writes for every theme
 * (`li.comment` with `.comment-body`), the `div-comment-N` articles of newer themes and
 * the comment plugins seen on real blogs (Epoch), with the `#respond` form.
 */
export const SELECTORS = {
  post: [
    'li.comment[id^="comment-"]', // a comment (core, every theme since 2.7)
    'div.comment[id^="comment-"]', // the same with div-style lists (core, style "div")
    'div[id^="comment-"][data-comment-id]', // a comment (Epoch plugin)
    'ol.wp-block-comment-template > li', // a comment (block themes, since 6.0)
  ],
  text: [
    '.comment-content', // core themes
    '.wp-block-comment-content', // block themes
    '.epoch-comment-content', // Epoch
    'blockquote.entry-content', '.entry-content', // older themes (hAtom)
    '.comment-body',
  ],
  author: ['.comment-author .fn', 'cite.fn', '.wp-block-comment-author-name', '.epoch-author-link', '.comment-author'],
  permalink: ['.comment-metadata a', 'a[rel="bookmark"]', '.wp-block-comment-date a', '.epoch-comment-link a', '.comment-meta a'],
  time: ['time', 'abbr.published', '.wp-block-comment-date', '.comment-metadata a'],
  replyButton: [
    'a.comment-reply-link[data-commentid]', // core's Reply: comment-reply.js moves the form under the comment (since 5.1)
    '.wp-block-comment-reply-link a[data-commentid]',
  ],
  replyBox: ['#respond textarea#comment', '#respond textarea', '#commentform textarea', 'textarea[name="comment"]'],
} as const;

/** A WordPress site: its generator tag, its asset paths, or core's comment form. */
export function isWordPressPage(location: Location, document: Document): boolean {
  return (
    onDomain(location, 'wordpress.com') ||
    generatorIs(document, /^WordPress/i) ||
    document.querySelector('link[href*="/wp-content/"], script[src*="/wp-includes/"], link[href*="/wp-includes/"], form#commentform[action*="wp-comments-post.php"]') !== null
  );
}

export const wordpressAdapter = defineSite({
  id: 'wordpress',
  platform: 'wordpress',
  maxReplyLength: 65_525,
  editor: 'textarea',
  selectors: SELECTORS,
  matches: isWordPressPage,
  read: {
    // Epoch renders the id on the wrapper; core uses `comment-N` ids the permalink ends with.
    id: (post) => post.getAttribute('data-comment-id') ?? post.id,
  },
  // The one comment form of the page (moved under the comment by core's script, or not).
  replyScope: (post) => post.ownerDocument,
  inlineBox: () => null,
});
