import { afterEach, describe, expect, it } from 'vitest';
import { postFromHtml as post } from '../fixtures';
import { readPostText } from '@/utils/keywords/post-text';

afterEach(() => {
  document.body.replaceChildren();
});

describe('readPostText', () => {
  it.each([
    ['a word split by emphasis stays whole', 'merci Ac<b>me</b> !', 'merci Acme !'],
    ['a word split by a link stays whole', '<a href="/x">Ac</a>me rocks', 'Acme rocks'],
    ['paragraphs separate words', '<p>Acme</p><p>Rocket</p>', 'Acme Rocket'],
    ['a line break separates words', 'Acme<br>Rocket', 'Acme Rocket'],
    ['text after a block is a new word', '<div>Acme</div>Rocket', 'Acme Rocket'],
    ['an image (an emoji drawn as <img>) separates words, its alt text is not read', 'Bravo<img alt="🎉">Acme<img alt="logo">', 'Bravo Acme'],
    ['scripts, styles, form controls and our helper are not text', 'Acme<script>x()</script><style>p{}</style><textarea>draft</textarea><button>Send</button><porte-parole-helper>UI</porte-parole-helper>', 'Acme'],
    // The reader skips asking about the sibling before a text once a separator is there:
    // these must still separate (or not) as before.
    ['text glued after a block is a new word', '<p>Acme</p>ville', 'Acme ville'],
    ['text after a nested block is a new word', '<div><p>Ac<b>me</b></p></div>ville', 'Acme ville'],
    ['a space before a block is separator enough', 'Acme <p>Rocket</p>', 'Acme Rocket'],
    ['a no-break space ends a word too', 'Acme\u00a0<p>Rocket</p>', 'Acme\u00a0Rocket'],
    ['an emoji image between words separates them', 'Ac<img alt="🎉">me', 'Ac me'],
    ['an inline SVG (lower-case name) is not text', 'Acme<svg><text>icon</text></svg>ville', 'Acmeville'],
  ])('%s', (_label, html, expected) => {
    expect(readPostText(post(html)).text.trim()).toBe(expected);
  });

  it('skips what the adapter says is not this post', () => {
    const el = post('<header>Léa · 2h</header><p>Acme</p><article>nested reply</article>');
    expect(readPostText(el, { skip: (e) => e.nodeName === 'HEADER' || e.nodeName === 'ARTICLE' }).text.trim()).toBe('Acme');
  });

  it('maps text offsets back to DOM ranges, across elements', () => {
    const el = post('<p>merci Ac<b>me</b> et <a href="#">Rocket</a></p>');
    const read = readPostText(el);
    const at = (word: string) => read.text.indexOf(word);
    expect(read.rangeOf(at('Acme'), at('Acme') + 4)!.toString()).toBe('Acme');
    expect(read.rangeOf(at('Rocket'), at('Rocket') + 6)!.toString()).toBe('Rocket');
    expect(read.rangeOf(at('merci'), at('Rocket') + 6)!.toString()).toBe('merci Acme et Rocket');
  });

  it('gives no range once the text is gone from the page', () => {
    const el = post('<p>Acme</p>');
    const read = readPostText(el);
    el.querySelector('p')!.replaceChildren('other');
    expect(read.rangeOf(0, 4)).toBeNull();
  });
});
