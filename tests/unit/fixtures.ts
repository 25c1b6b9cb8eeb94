import type { Interaction, Mention } from '@/utils/messages';

/** A valid interaction record, numbered so several stay distinct and ordered in time. */
export function makeInteraction(n: number, overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: Date.UTC(2026, 10, 22, 9, 0, n),
    platform: 'web',
    url: `https://blog.example/posts/${n}`,
    postId: `https://blog.example/posts/${n}`,
    author: `Author ${n}`,
    excerpt: `Post ${n} about Acme`,
    matchedQueries: ['brand'],
    action: 'replied',
    replyId: 'thanks-en',
    text: `Reply ${n}`,
    toneLevel: 'ok',
    ...overrides,
  };
}

/** A sighting of post n, with the given urgency and kind. */
export function makeMention(n: number, overrides: Partial<Mention> = {}): Mention {
  // The same post as makeInteraction(n), seen an hour before it was handled.
  const { id: _id, at: _at, action: _a, replyId: _r, text: _t, toneLevel: _l, ...post } = makeInteraction(n);
  return {
    ...post,
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: Date.UTC(2026, 10, 22, 8, 0, n),
    triage: { lang: 'fr', sentiment: 'neu', kind: 'question', toxicity: 0.1, urgency: 0.2 },
    ...overrides,
  };
}

/**
 * A post in the page: an <article> with this markup, appended to the body (the test
 * empties the body after each case). `html` is always a literal written in the test.
 */
export function postFromHtml(html: string): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}
