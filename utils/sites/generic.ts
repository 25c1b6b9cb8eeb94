import type { SiteAdapter } from './types';

/**
 * Any blog, forum or feed that uses ordinary semantic markup: the fallback when no
 * site-specific adapter applies. Each list is tried in order; the first hit wins.
 */
const SELECTORS = {
  /** A post or comment: `<article>` (HTML5 feeds, most blog themes), schema.org comments. */
  post: ['article', '[itemtype$="schema.org/Comment"]'],
  /** The text itself, without the header and the reply form around it. */
  text: ['[itemprop="text"]', '[itemprop="articleBody"]', '.post-text', '.comment-content', '.entry-content', '.e-content'],
  /** The author: rel=author (HTML spec), schema.org, h-card, and common theme classes. */
  author: ['[rel~="author"]', '[itemprop="author"]', '.p-author', '.author', '.username'],
  /** The permalink: rel=bookmark (HTML spec), h-entry's u-url, a link around the time. */
  permalink: ['a[rel~="bookmark"]', 'a.u-url', 'a.permalink', 'a:has(> time)'],
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

/** The post's text without its form controls and without text of nested posts. */
function postText(post: Element): string {
  const own = first(post, SELECTORS.text);
  if (own) return (own.textContent ?? '').trim();
  const copy = post.cloneNode(true) as Element;
  copy.querySelectorAll('form, textarea, input, button, header, footer, article').forEach((el) => el.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  platform: 'web',
  matches: () => true,
  listPosts(root) {
    const posts = new Set<Element>();
    for (const selector of SELECTORS.post) root.querySelectorAll(selector).forEach((el) => posts.add(el));
    return [...posts];
  },
  readPost(post) {
    const permalink = first(post, SELECTORS.permalink) as HTMLAnchorElement | null;
    const postId = permalink?.href || post.id || post.getAttribute('data-id') || post.getAttribute('data-post-id') || '';
    return {
      text: postText(post),
      author: (first(post, SELECTORS.author)?.textContent ?? '').trim(),
      postId,
    };
  },
  placeHelper: (post) => ({ anchor: first(post, ['header']) ?? post, append: 'last' }),
  async openReplyBox(post) {
    return first(post, SELECTORS.replyBox) as HTMLElement | null;
  },
};
