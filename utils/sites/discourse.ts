import { defineSite } from './define-site';
import { generatorIs } from './dom';

/**
 * Discourse forums, any instance: the Ember app's posts and the server-rendered view it
 * serves first (and to crawlers). Recognised by markup, not by host.
 */
export const SELECTORS = {
  post: [
    // A post in the app: div.topic-post around article#post_N (since 2014; components/post.gjs
    // in discourse/discourse). article.topic-post: older themes' markup, no source read.
    'article.topic-post, div.topic-post > article',
    'article[data-post-id]', // the same article, by its id (post.gjs, post/article.gjs)
    'div.crawler-post', // a post in the server-rendered view (the real saved meta.discourse.org topic, 2017)
  ],
  text: [
    // The post's own cooked HTML, in the div.regular of its .topic-body (post.gjs); not the
    // .cooked of the replies Discourse embeds above it, in the same article, before that block
    // (post/embedded.gjs). The wrapping div.topic-post is .regular too: hence the child step.
    '.topic-body > .regular .cooked',
    'div.post[itemprop="text"]', // the server-rendered view's words (newer releases; no source read)
    'div.post[itemprop="articleBody"]', // the same, 2017 (the real saved page)
    '.post', // any other server-rendered post body
  ],
  author: [
    // The poster name (post/meta-data/poster-name.gjs) in the post's own metadata, not in an
    // embedded reply's (div.topic-meta-data.embedded-reply: post/embedded.gjs).
    '.topic-meta-data:not(.embedded-reply) .names .full-name a',
    '.topic-meta-data:not(.embedded-reply) .names .username a', // when the name is the username only (same)
    'span.creator [itemprop="name"]', // the server-rendered view's author (the real saved page)
    '.creator', // the same, without microdata
  ],
  handle: [
    '.topic-meta-data:not(.embedded-reply) .names .username a', // the username, first or second (post/meta-data/poster-name.gjs)
    'span.creator [itemprop="name"]', // the server-rendered view (the real saved page)
    'span.creator a[itemprop="url"]', // the same, as a link
  ],
  permalink: [
    'a.post-date', // the date's link to the post's share URL (post/meta-data/date.gjs)
    '.post-info.post-date a', // the same, by its wrapper (same)
    'a[itemprop="url"][href*="/t/"]', // the server-rendered view's post link, when it has one
  ],
  time: [
    '.relative-date[data-time]', // the date's relative-date span, epoch ms in data-time (post/meta-data/date.gjs)
    'time', // the server-rendered view (newer releases; no source read)
    'meta[itemprop="datePublished"]', // the same, 2017 (the real saved page)
  ],
  // The post menu's Reply: a DButton with the classes "reply create fade-out" (since 2014;
  // post/menu/buttons/reply.gjs); an embedded reply (div.reply) has no button.
  replyButton: ['button.reply'],
  replyBox: [
    // The rich editor (newer releases, a user preference): a ProseMirror view with the class
    // d-editor-input, in div.ProseMirror-container (2025; static/prosemirror/components/
    // prosemirror-editor.gjs, components/d-editor.gjs).
    '#reply-control .ProseMirror[contenteditable="true"]',
    '#reply-control textarea.d-editor-input', // the markdown textarea, d-editor's other editor (since 2017; d-editor.gjs)
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
