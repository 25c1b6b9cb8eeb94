import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasHumps, normalizeText, tokenize, type Alias, type Token } from '@/utils/keywords/normalize';

// The tokenizer and its camel-case split are loops over characters, for speed; these are
// the regular expressions they replaced, as the reference: both must split any text into
// the same words.
const WORD_CHARS = '\\p{L}\\p{N}\\p{M}_\\u200B-\\u200D\\u2060\\uFEFF\\u00AD';
const WORD = new RegExp(`([@#]?)([${WORD_CHARS}]+)`, 'gu');
const HUMP = /\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+|[^\p{L}\p{N}\p{M}_]+/gu;

function reference(text: string): { words: Token[]; aliases: Alias[] } {
  const words: Token[] = [];
  const aliases: Alias[] = [];
  for (const m of text.matchAll(WORD)) {
    const prefix = (m[1] ?? '') as Token['prefix'];
    const raw = m[2] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    const parts = prefix && /[_\p{Lu}\p{N}]/u.test(raw.slice(1)) ? [...raw.matchAll(HUMP)].filter((p) => /[\p{L}\p{N}]/u.test(p[0])) : [];
    if (parts.length < 2) {
      words.push({ word: normalizeText(raw), prefix, pos: words.length, start, end });
      continue;
    }
    const pos = words.length;
    for (const part of parts) {
      const partStart = start + prefix.length + part.index;
      words.push({ word: normalizeText(part[0]), prefix: '', pos: words.length, start: partStart, end: partStart + part[0].length });
    }
    aliases.push({ word: normalizeText(raw), prefix, pos, span: parts.length, start, end });
  }
  return { words, aliases };
}

const PIECES = ['Acme', 'acme', 'ACMÉ', 'ǅ', 'ʰ', '中', 'ABc', 'É\u0301', '#\u0301a', '٣', 'Corp', 'l’', "d'", '#', '@', '##', '#AcmeCorp', '@SNCFConnect', 'Rocket2026', 'acme_corp', '_', 'œ', 'Æ', 'ß', 'é', 'e\u0301', '\u0301', '\u200B', '\u00AD', 'ＡＣＭＥ', '😀', '❤️', '𝐀', '\uD800', '\uDC00', ' ', ' ', '\n', '!', ',', '·', '2026', 'ﬁ', 'İ'];

describe('tokenize', () => {
  it('splits like the regular expression it replaced', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), fc.string({ maxLength: 6 }), (pieces, noise) => {
        const text = pieces.join('') + noise;
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('normalizeText', () => {
  // Its fold is a loop over the characters, for speed; the replacement it stands for is
  // the reference (the folding of one character is the same in both).
  const foldOne = (ch: string) => (ch.length === 0 ? ch : normalizeText(ch));
  it('folds like a replacement of each character outside plain ASCII', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '\t', '\u0001', '\u007F', 'Σ', 'ΟΔΟΣ', 'x'), { maxLength: 12 }), fc.string({ maxLength: 6 }), (pieces, noise) => {
        const text = pieces.join('') + noise;
        const lower = text.toLowerCase();
        expect(normalizeText(text)).toBe(lower.replace(/[^\t\n\r\x20-\x7E]/gu, foldOne));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hasHumps', () => {
  it('says what the Unicode class says, on any slice', () => {
    const PARTS = ['a', 'A', 'é', 'É', '1', '٣', '_', '𝐀', '𝐚', '\uD835', '\uDC00', '-', ' ', 'ß', 'ǅ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 8 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(hasHumps(text, from, to)).toBe(/[_\p{Lu}\p{N}]/u.test(text.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });
});
