import { defineSite } from './define-site';
import { generatorIs } from './dom';

/**
 * Discourse forums, any instance: the Ember app's posts and the server-rendered view it
 * serves first (and to crawlers). Recognised by markup, not by host.
 */
export const SELECTORS = {
  post: [
    'article.topic-post, div.topic-post > article', // a post in the app (since 2014)
    'article[data-post-id]', // the same, by its id
    'div.crawler-post', // a post in the server-rendered view
  ],
  text: ['.cooked', 'div.post[itemprop="text"]', 'div.post[itemprop="articleBody"]', '.post'],
  author: ['.names .full-name a', '.names .username a', 'span.creator [itemprop="name"]', '.creator'],
  handle: ['.names .username a', 'span.creator [itemprop="name"]', 'span.creator a[itemprop="url"]'],
  permalink: ['a.post-date', '.post-info.post-date a', 'a[itemprop="url"][href*="/t/"]'],
  time: ['.relative-date[data-time]', 'time', 'meta[itemprop="datePublished"]'],
  replyButton: ['button.reply', 'button.reply-to-post'],
  replyBox: [
    '#reply-control .ProseMirror[contenteditable="true"]', // the composer's rich editor (since 2025)
    '#reply-control textarea.d-editor-input', // the composer's markdown textarea (since 2017)
  ],
} as const;

export function isDiscoursePage(document: Document): boolean {
  return generatorIs(document, /^Discourse/i) || document.querySelector('meta[name="discourse_theme_ids"], #main-outlet + #reply-control, body.crawler') !== null;
}

export const discourseAdapter = defineSite({
  id: 'discourse',
  platform: 'discourse',
  maxReplyLength: 32_000,
  editor: 'textarea',
  selectors: SELECTORS,
  matches: (_location, document) => isDiscoursePage(document),
  read: {
    time: (post) => {
      const ms = post.querySelector('.relative-date[data-time]')?.getAttribute('data-time');
      if (ms) return new Date(Number(ms)).toISOString();
      return post.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content') ?? '';
    },
    id: (post) => post.getAttribute('data-post-id') ?? post.id,
    // The server-rendered view has no post links: the topic's address and the post's number make one.
    permalink: (post) => {
      const number = /#(\d+)/.exec(post.querySelector('[itemprop="position"]')?.textContent ?? '')?.[1];
      const topic = post.ownerDocument.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? post.ownerDocument.location?.href;
      if (!number || !topic) return '';
      const url = new URL(topic, post.ownerDocument.baseURI);
      // A topic's address is /t/slug/id; a post's is /t/slug/id/number.
      url.pathname = `${url.pathname.replace(/(\/t\/[^/]+\/\d+)\/\d+\/?$/, '$1').replace(/\/$/, '')}/${number}`;
      url.search = '';
      return url.href;
    },
  },
  // Reply opens the one composer docked at the bottom of the page.
  replyScope: (post) => post.ownerDocument.querySelector('#reply-control') ?? post.ownerDocument,
});
