/**
 * Text normalisation shared by the query parser and the matcher, so that a query and a
 * post are compared in the same form: lower case, accents removed, ligatures spelt out,
 * zero-width characters dropped, full-width forms folded (NFKD does that last part).
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const COMBINING_MARKS = /\p{M}+/gu;

export function normalizeText(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (ch) => LIGATURES[ch] ?? ch);
}

/** One word of a text: its letters and digits, and the `@` or `#` written before it. */
export interface Token {
  word: string;
  prefix: '' | '@' | '#';
}

const WORD = /([@#]?)([\p{L}\p{N}_]+)/gu;

/**
 * Splits a text into words on every character that is not a letter, digit or underscore,
 * so `l'Acme`, `d’Acme` and `Acme!` all yield the word `acme`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalizeText(text).matchAll(WORD)) {
    tokens.push({ word: m[2] ?? '', prefix: (m[1] ?? '') as Token['prefix'] });
  }
  return tokens;
}

/**
 * The normalised text with, for each of its characters, the offset of the character of
 * the original it came from, so a match found in the folded form points at the words the
 * manager wrote.
 */
export function normalizeWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const ch of text) {
    const part = normalizeText(ch);
    folded += part;
    for (let k = 0; k < part.length; k++) offsets.push(at);
    at += ch.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}
