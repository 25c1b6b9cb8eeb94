import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets, tokenize } from '@/utils/keywords/normalize';

describe('normalizeText', () => {
  it.each([
    ['ACMÉ', 'acme'],
    ['Cœur Æther Straße', 'coeur aether strasse'],
    ['Ac\u200Bme\u00AD', 'acme'],
    ['ＡＣＭＥ', 'acme'],
    ['d’Acme', 'd’acme'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('splits on apostrophes and punctuation and keeps @ and # as prefixes', () => {
    expect(tokenize("l'Acme, d’@Acme #Rocket!")).toEqual([
      { word: 'l', prefix: '' },
      { word: 'acme', prefix: '' },
      { word: 'd', prefix: '' },
      { word: 'acme', prefix: '@' },
      { word: 'rocket', prefix: '#' },
    ]);
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
