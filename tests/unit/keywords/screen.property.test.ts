import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compileQueries } from '@/utils/keywords/matcher';
import { quickPostText, readPostText, textBreaks } from '@/utils/keywords/post-text';

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
  document.body.replaceChildren();
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

// The scanner's screen proper: a query word glued to letters in textContent is kept only
// where an element starts or ends. On any markup — and whatever the exact reading skips
// or starts from — it must keep every post the exact reading finds a mention in.
const GLUED_PIECES = [...PIECES, 'Acmeville', 'xAcme', 'ACMEcorp', '#Acme', '@acme', 'Ac\u200B', '\u0301', 'œ', 'Rocket2026', 'rocket', '', 'ement!'];
const GLUED_WRAPPERS = [...WRAPPERS, 'button', 'header', 'section', 'textarea', 'empty'] as const;
const gluedMarkup = fc.array(
  fc.tuple(fc.constantFrom(...GLUED_PIECES), fc.constantFrom(...GLUED_WRAPPERS), fc.boolean()),
  { minLength: 1, maxLength: 14 },
);

function buildNested(parts: [string, (typeof GLUED_WRAPPERS)[number], boolean][]): Element {
  const post = document.createElement('article');
  let parent: Element = post;
  for (const [text, tag, nest] of parts) {
    if (tag === '') parent.append(text);
    else if (tag === 'br' || tag === 'img') parent.append(document.createElement(tag), text);
    else if (tag === 'empty') parent.append(document.createElement('span'), text);
    else {
      const el = document.createElement(tag);
      el.textContent = text;
      parent.append(el);
      // Sometimes the next pieces go inside this element: deeper trees.
      if (nest) parent = el;
    }
    // Split text nodes too (sites build text from pieces).
    if (text.length > 2 && tag === '' && nest) parent.append(text.slice(0, 1), text.slice(1));
  }
  document.body.append(post);
  return post;
}

/**
 * A word cut in two by an element the exact reading skips (`Ac<button> </button>me`): the
 * one case the screen is documented to miss (see `quickPostText`), since the raw text holds
 * the button's words. Sites put their buttons between words, never inside one. (A random run
 * once built `Ac\u200B<button> </button>me` here, and failed on it.)
 */
function cutBySkipped(post: Element): boolean {
  const visible = (text: string) => text.replace(/[\u200B\p{M}]/gu, '');
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (const skipped of post.querySelectorAll('button, textarea')) {
    const range = document.createRange();
    range.setStart(post, 0);
    range.setEndBefore(skipped);
    const before = visible(range.toString());
    range.setStartAfter(skipped);
    range.setEnd(post, post.childNodes.length);
    const after = visible(range.toString());
    if (isWord(before.at(-1)) && isWord(after[0])) return true;
  }
  return false;
}

describe('screening with the page’s word breaks', () => {
  const matcher = compileQueries(
    ['Acme', '"Acme Corp"', 'rembours*', 'Rocket NEAR/2 Acme', '#AcmeCorp', 'ville', '@acme', 'corp*'].map((query, i) => ({
      id: `q${i}`,
      label: query,
      color: '#000000',
      query,
    })),
  );
  const skipHeader = (e: Element) => e.nodeName === 'HEADER';

  it('never drops a post that mentions a query, whatever is read of it', () => {
    let mentions = 0;
    fc.assert(
      fc.property(gluedMarkup, fc.nat(), (parts, pick) => {
        const post = buildNested(parts);
        fc.pre(!cutBySkipped(post));
        const raw = quickPostText(post);
        const elements = [post, ...post.querySelectorAll('*')];
        // The exact reading of the post, of any element inside it, with or without skips.
        const root = elements[pick % elements.length]!;
        const readings = [readPostText(post), readPostText(post, { skip: skipHeader }), readPostText(root), readPostText(root, { skip: skipHeader })];
        if (readings.some((r) => matcher.match(r.text).queryIds.length > 0)) {
          mentions++;
          expect(matcher.screen(raw, textBreaks(post, raw.length))).toBe(true);
          expect(matcher.screen(raw, textBreaks(post))).toBe(true);
        }
        post.remove();
      }),
      { numRuns: 1500 },
    );
    expect(mentions).toBeGreaterThan(150);
  });

  it('turns away a query word glued to letters inside one text node', () => {
    // `html` is only ever one of the literals below, written in this test.
    const turnedAway = (html: string) => {
      const post = document.createElement('article');
      post.innerHTML = html;
      document.body.append(post);
      const raw = quickPostText(post);
      return !matcher.screen(raw, textBreaks(post, raw.length));
    };
    expect(turnedAway('<p>Welcome to Acmevillage</p>')).toBe(true);
    expect(turnedAway('<p>Acmevillage</p><p>Acmevillage</p>')).toBe(true);
    expect(turnedAway('<p>Acmevillage, <b>Acme</b>village</p>')).toBe(false); // <b> may be skipped
    expect(turnedAway('<p>Welcome to Acme</p><p>village</p>')).toBe(false);
    expect(turnedAway('<p>Welcome to x</p><p>Acme village</p>')).toBe(false); // a reading may start at the <p>
    expect(turnedAway('<p>Welcome to x</p><p>Acmevillage</p>')).toBe(true);
    expect(turnedAway('<p>Welcome to Acme<img alt="">village</p>')).toBe(false);
    expect(turnedAway('<p>so happy #BigAcme</p>')).toBe(false); // camel case splits hashtags
    expect(turnedAway('<p>so happy #bigacmevillage</p>')).toBe(true);
    expect(turnedAway('<p>Acmevillage</p><p>remboursement</p>')).toBe(false);
    expect(turnedAway('<p>Acmevillage</p><p>xremboursement</p>')).toBe(true);
  });
});

describe('textBreaks', () => {
  /** Offsets where an element starts or ends, and those strictly inside one text node. */
  function reference(root: Element) {
    const boundaries = new Set<number>([0]);
    const inside = new Set<number>();
    let at = 0;
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const length = (child as Text).length;
          for (let k = 1; k < length; k++) inside.add(at + k);
          at += length;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          boundaries.add(at);
          visit(child);
          boundaries.add(at);
        }
      }
    };
    visit(root);
    boundaries.add(at);
    return { boundaries, inside, length: at };
  }

  it('says an element boundary may break words, and a text node never does', () => {
    fc.assert(
      fc.property(gluedMarkup, (parts) => {
        const post = buildNested(parts);
        // Text around the post, which the walks must not read into.
        post.before('head');
        post.after('tail', document.createElement('b'), 'more');
        const { boundaries, inside, length } = reference(post);
        expect(quickPostText(post).length).toBe(length);
        for (let offset = 0; offset <= length; offset++) {
          const ask = [textBreaks(post, length), textBreaks(post)];
          for (const mayBreak of ask) {
            if (boundaries.has(offset)) expect(mayBreak(offset)).toBe(true);
            // Inside one text node, or between two side by side: no element there.
            else expect(mayBreak(offset)).toBe(false);
          }
          if (inside.has(offset)) expect(boundaries.has(offset)).toBe(false);
        }
        // A range: false only if no offset in it is an element boundary.
        for (let from = 0; from <= length; from++) {
          for (let to = from; to <= Math.min(length, from + 6); to++) {
            let any = false;
            for (let o = from; o <= to; o++) any ||= boundaries.has(o);
            if (any) for (const mayBreak of [textBreaks(post, length), textBreaks(post)]) expect(mayBreak(from, to)).toBe(true);
          }
        }
        document.body.replaceChildren();
      }),
      { numRuns: 400 },
    );
  });
});
