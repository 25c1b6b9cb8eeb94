import { readPostText } from '../keywords/post-text';
import { cleanText, linkOf, timeOf } from './dom';
import type { SiteAdapter } from './types';

/** A schema.org comment, marked up as such. */
const COMMENT = '[itemtype$="schema.org/Comment"]';

/**
 * Any blog, forum or feed that uses ordinary semantic markup: the fallback when no
 * site-specific adapter applies. Each list is tried in order; the first hit wins.
 */
export const SELECTORS = {
  /** A post or comment: `<article>` (HTML5 feeds, most blog themes), schema.org comments. */
  post: `article, ${COMMENT}`,
  /** The text itself, without the header and the reply form around it. */
  text: ['[itemprop="text"]', '[itemprop="articleBody"]', '.post-text', '.comment-content', '.entry-content', '.e-content'],
  /** The author: rel=author (HTML spec), schema.org, h-card, and common theme classes. */
  author: ['[rel~="author"]', '[itemprop="author"]', '.p-author', '.author', '.username'],
  /** The permalink: rel=bookmark (HTML spec), h-entry's u-url, a link around the time. */
  permalink: ['a[rel~="bookmark"]', 'a.u-url', 'a.permalink', 'a:has(> time)'],
  /** When it was posted. */
  time: ['time', 'abbr.published', '.dt-published'],
  /** The reply box of this post, when the page shows one inline. */
  replyBox: ['textarea', '[contenteditable="true"]', '[contenteditable=""]', 'input[type="text"]'],
} as const;

function first(root: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const hit = root.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

const TEXT_SELECTOR = SELECTORS.text.join(', ');

/** Parts of a post that are not its text: its header and footer, forms, and nested posts (replies). */
const NOT_TEXT = new Set(['HEADER', 'FOOTER', 'FORM', 'ARTICLE']);
const isNotText = (el: Element) => NOT_TEXT.has(el.nodeName) || (el.hasAttribute('itemtype') && el.matches(SELECTORS.post));

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  platform: 'web',
  editor: 'textarea',
  matches: () => true,
  listPosts(root) {
    // Two queries rather than one list of selectors: a single tag name takes the
    // browser's fast path, a list is checked element by element (a quarter slower on
    // a 5,000-post feed); schema.org comments are rare, and then the list gives the
    // document order.
    const posts = [...root.querySelectorAll(root.querySelector(COMMENT) ? SELECTORS.post : 'article')];
    if ((root as Node).nodeType === 1 && (root as Element).matches(SELECTORS.post)) posts.unshift(root as Element);
    return posts;
  },
  postOf: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(SELECTORS.post) ?? null,
  readText(post) {
    // One query for all text selectors: this runs for every post of the page.
    const own = post.querySelector(TEXT_SELECTOR);
    if (own) return readPostText(own);
    return readPostText(post, { skip: isNotText });
  },
  readPost(post) {
    const permalink = linkOf(first(post, SELECTORS.permalink));
    const postId = permalink || post.id || post.getAttribute('data-id') || post.getAttribute('data-post-id') || '';
    const handle = cleanText(first(post, ['.handle', '.p-nickname', '[itemprop="alternateName"]']));
    const time = timeOf(first(post, SELECTORS.time));
    return {
      author: cleanText(first(post, SELECTORS.author)),
      postId,
      ...(permalink ? { permalink } : {}),
      ...(handle ? { handle } : {}),
      ...(time ? { time } : {}),
    };
  },
  placeHelper: (post) => ({ anchor: first(post, ['header']) ?? post, append: 'last' }),
  async openReplyBox(post) {
    // Not focused here: the insert puts the caret back where the manager left it.
    return first(post, SELECTORS.replyBox) as HTMLElement | null;
  },
};
