import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets, tokenize } from '@/utils/keywords/normalize';

describe('normalizeText', () => {
  it.each([
    ['ACMÉ', 'acme'],
    ['Cœur Æther Straße', 'coeur aether strasse'],
    ['Ac\u200Bme\u00AD', 'acme'],
    ['ＡＣＭＥ', 'acme'],
    ['d’Acme', 'd’acme'],
    // Lower case is decided on the whole text (a final sigma), before folding.
    ['ΟΔΟΣ', 'οδος'],
    // Characters outside plain ASCII side by side, and a lone surrogate kept as it is.
    ['ÉÉ\tà\uD800x', 'ee\ta\uD800x'],
    ['\u0001Ω😀', '\u0001ω😀'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).words.map((t) => `${t.prefix}${t.word}`);

  it.each([
    ["l'Acme, d’@Acme #Rocket!", ['l', 'acme', 'd', '@acme', '#rocket']],
    ['Ac\u200Bme and ＡＣＭＥ', ['acme', 'and', 'acme']],
    ['Œuvre à cœur', ['oeuvre', 'a', 'coeur']],
    ['#AcmeCorp rocks', ['acme', 'corp', 'rocks']],
    ['@SNCFConnect #Rocket2026 #acme_corp', ['sncf', 'connect', 'rocket', '2026', 'acme', 'corp']],
  ])('%s → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps a camel-case hashtag as one word too, covering its parts', () => {
    const { words, aliases } = tokenize('Vive #AcmeCorp !');
    expect(words.map((w) => [w.word, w.pos, w.start, w.end])).toEqual([
      ['vive', 0, 0, 4],
      ['acme', 1, 6, 10],
      ['corp', 2, 10, 14],
    ]);
    expect(aliases).toEqual([{ word: 'acmecorp', prefix: '#', pos: 1, span: 2, start: 5, end: 14 }]);
  });

  it('gives offsets in the original text', () => {
    const text = 'Chez l’Acmé, “Rocket”';
    expect(tokenize(text).words.map((w) => text.slice(w.start, w.end))).toEqual(['Chez', 'l', 'Acmé', 'Rocket']);
  });
});

describe('normalizeWithOffsets', () => {
  it('maps each folded character back to the character it came from', () => {
    const text = 'Œuvre é\u200Bt';
    const { folded, offsets } = normalizeWithOffsets(text);
    expect(folded).toBe('oeuvre et');
    // "oe" both come from "Œ"; the zero-width space (offset 7) leaves no character.
    expect(offsets).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 8, 9]);
  });
});
