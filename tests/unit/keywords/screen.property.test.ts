import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compileQueries } from '@/utils/keywords/matcher';
import { quickPostText, readPostText } from '@/utils/keywords/post-text';

// The scanner screens each post on its raw textContent and reads only the survivors
// exactly. On any markup — words split by emphasis or links, glued across paragraphs,
// emoji images — the screen must keep every post the exact reading finds a mention in.
const PIECES = ['Acme', 'ACMÉ', 'Ac', 'me', 'Rocket', 'Corp', '#AcmeCorp', 'l’Acme', 'bonjour', 'ville', 'rembours', 'ement', 'merci', ' ', ' ', '! '];
const WRAPPERS = ['', 'b', 'em', 'a', 'span', 'p', 'div', 'br', 'img'] as const;

const markup = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...WRAPPERS)), { minLength: 1, maxLength: 12 });

function build(parts: [string, (typeof WRAPPERS)[number]][]): Element {
  const post = document.createElement('article');
  for (const [text, tag] of parts) {
    if (tag === '') post.append(text);
    else if (tag === 'br' || tag === 'img') post.append(document.createElement(tag), text);
    else {
      const el = document.createElement(tag);
      el.textContent = text;
      post.append(el);
    }
  }
  document.body.append(post);
  return post;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('screening on raw text', () => {
  const matcher = compileQueries(
    ['Acme', '"Acme Corp"', 'rembours*', 'Rocket NEAR/2 Acme', '#AcmeCorp'].map((query, i) => ({ id: `q${i}`, label: query, color: '#000000', query })),
  );

  it('never drops a post that mentions a query', () => {
    let mentions = 0;
    fc.assert(
      fc.property(markup, (parts) => {
        const post = build(parts);
        const found = matcher.match(readPostText(post).text).queryIds.length > 0;
        if (found) {
          mentions++;
          expect(matcher.mightMatch(quickPostText(post))).toBe(true);
        }
        post.remove();
      }),
      { numRuns: 1000 },
    );
    expect(mentions).toBeGreaterThan(100);
  });
});
