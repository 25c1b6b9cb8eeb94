/**
 * Text normalisation shared by the query parser and the matcher, so that a query and a
 * post are compared in the same form: lower case, accents removed, ligatures spelt out,
 * zero-width characters dropped, full-width forms folded (NFKD does that last part).
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7E]/;
const NOT_PLAIN_ASCII_ALL = /[^\t\n\r\x20-\x7E]/gu;

/** The folded form of one character (NFKD, marks dropped, ligatures spelt out, lower case). */
function foldSlow(ch: string): string {
  return ch
    .replace(ZERO_WIDTH, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => LIGATURES[c] ?? c);
}

// Folding works character by character, so each non-ASCII character is folded once and
// remembered: a French post has a handful of them, and the same ones again and again.
const folded = new Map<string, string>();
const MAX_REMEMBERED = 20_000;
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = foldSlow(ch);
    if (folded.size < MAX_REMEMBERED) folded.set(ch, out);
  }
  return out;
}

export function normalizeText(text: string): string {
  // Most words of most posts are ASCII: lower-casing is all they need.
  const lower = text.toLowerCase();
  return NOT_PLAIN_ASCII.test(lower) ? foldEach(lower) : lower;
}

/**
 * `lower.replace(NOT_PLAIN_ASCII_ALL, foldChar)`, by a loop: the tokenizer folds each
 * accented word of a candidate post through here (a French post has a dozen), and the
 * replacement by a callback cost more than the rest of its reading. The text is lower-cased
 * whole beforehand, as lower case depends on context (a final sigma).
 */
function foldEach(lower: string): string {
  let out = '';
  /** Where the plain characters not copied yet start. */
  let from = 0;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    // A surrogate pair is one character; a lone surrogate, one of its own (as for `/u`).
    const size = c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(lower.charCodeAt(i + 1)) ? 2 : 1;
    out += lower.slice(from, i) + foldChar(lower.slice(i, i + size));
    i += size;
    from = i;
  }
  return out + lower.slice(from);
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const WORDISH = /[\p{L}\p{N}\p{M}_]/u;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const foldLetter = (ch: string) => (WORDISH.test(ch) ? foldChar(ch) : INVISIBLE.test(ch) ? '' : ch);

/**
 * Like {@link normalizeText}, but only letters, digits and marks are folded (invisible
 * characters dropped): a symbol stays a symbol, so `Acme™` keeps its word break where
 * `normalizeText` would spell `acmetm`. Word boundaries then are the tokenizer's.
 */
export function normalizeLetters(text: string): string {
  const lower = text.toLowerCase();
  return NOT_PLAIN_ASCII.test(lower) ? lower.replace(NOT_PLAIN_ASCII_ALL, foldLetter) : lower;
}

/** One word of a text, normalised, with where it stands. */
export interface Token {
  word: string;
  prefix: '' | '@' | '#';
  /** Word index: consecutive words have consecutive positions. */
  pos: number;
  /** Offsets of the word (with its prefix) in the original text, for highlighting. */
  start: number;
  end: number;
}

/**
 * A hashtag or handle written in camel case, as one word: `#AcmeCorp` also stands for
 * `acmecorp` (its parts are tokens of their own, at consecutive positions).
 */
export interface Alias extends Token {
  /** How many part positions it covers. */
  span: number;
}

export interface Tokens {
  words: Token[];
  aliases: Alias[];
}

// Letters, digits, underscore, combining marks, and the invisible characters that may
// sit inside a word (zero-width joiners, soft hyphens): `Ac\u200Bme` is one word.
const WORD_CHARS = '\\p{L}\\p{N}\\p{M}_\\u200B-\\u200D\\u2060\\uFEFF\\u00AD';
const WORD_CHAR = new RegExp(`^[${WORD_CHARS}]$`, 'u');
/** Whether each code unit of the Basic Multilingual Plane is a word character, learnt as met: 0 not yet known, 1 no, 2 yes. */
const wordUnits = new Uint8Array(0x10000);

/** Whether the tokenizer counts this code point as part of a word. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  if (cp < 0x10000) {
    const known = wordUnits[cp]!;
    if (known !== 0) return known === 2;
    const word = WORD_CHAR.test(String.fromCharCode(cp));
    wordUnits[cp] = word ? 2 : 1;
    return word;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

const HUMP_START = /[_\p{Lu}\p{N}]/u;
/** Whether each BMP code unit may start a hump (`HUMP_START`), learnt as met: 0 not yet known, 1 no, 2 yes. */
const humpUnits = new Uint8Array(0x10000);

/**
 * Whether `text` from `from` to `to` has a character that may start a camel-case hump (an
 * upper-case letter, a digit, an underscore): a `#hashtag` without one is a single word.
 * A table lookup a character, not a Unicode-class regular expression: every hashtag of
 * a candidate post (and every glued query word in one) comes through here, and the
 * expression, run a few times a scan, cost more than the rest of the tokenizer.
 */
export function hasHumps(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      // A supplementary character is asked of the whole pair; a lone surrogate is none.
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && i + 1 < to && next >= 0xdc00 && next <= 0xdfff) {
        if (HUMP_START.test(text.slice(i, i + 2))) return true;
        i++;
      }
      continue;
    }
    let known = humpUnits[c]!;
    if (known === 0) known = humpUnits[c] = HUMP_START.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}

/**
 * Splits a text into words on every character that is not a letter, digit or underscore,
 * so `l'Acme`, `d’Acme` and `Acme!` all yield the word `acme`. A word right after `#` or
 * `@` takes it as its prefix. (A loop over the characters rather than a regular
 * expression: the exact reading of every candidate post goes through here, and a word of
 * plain lower-case ASCII, most of them, is then its own normal form, with no string made.)
 */
export function tokenize(text: string): Tokens {
  const words: Token[] = [];
  const aliases: Alias[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    if (!isWordCodePoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const runStart = i;
    /** Lower-case ASCII letters, digits and underscores only. */
    let plain = true;
    let ascii = true;
    while (i < n) {
      cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
      if (!isWordCodePoint(cp)) break;
      if (cp >= 0x80) ascii = plain = false;
      else if (cp <= 0x5a && cp >= 0x41) plain = false;
      i += cp > 0xffff ? 2 : 1;
    }
    const raw = text.slice(runStart, i);
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 0;
    const prefix: Token['prefix'] = before === 0x23 ? '#' : before === 0x40 ? '@' : '';
    const start = prefix ? runStart - 1 : runStart;
    const word = plain ? raw : ascii ? raw.toLowerCase() : normalizeText(raw);
    const parts = prefix ? camelParts(raw) : null;
    if (!parts) {
      words.push({ word, prefix, pos: words.length, start, end: i });
      continue;
    }
    const pos = words.length;
    for (const part of parts) {
      const partStart = runStart + part.index;
      words.push({ word: normalizeText(part.text), prefix: '', pos: words.length, start: partStart, end: partStart + part.text.length });
    }
    aliases.push({ word, prefix, pos, span: parts.length, start, end: i });
  }
  return { words, aliases };
}

/** The classes of characters that make camel-case humps. */
const UPPER = 1;
const LOWER = 2;
const MARK = 3;
const NUMBER = 4;
/** Other letters (\p{Lo}, \p{Lt}, \p{Lm}), underscores and the rest: no part of a hump. */
const NEITHER = 5;
/** The class of each BMP code unit, learnt as met (0: not yet known). */
const humpClasses = new Uint8Array(0x10000);
function humpClass(cp: number): number {
  const known = cp < 0x10000 ? humpClasses[cp]! : 0;
  if (known !== 0) return known;
  const ch = String.fromCodePoint(cp);
  const kind = /\p{Lu}/u.test(ch) ? UPPER : /\p{Ll}/u.test(ch) ? LOWER : /\p{M}/u.test(ch) ? MARK : /\p{N}/u.test(ch) ? NUMBER : NEITHER;
  if (cp < 0xd800 || (cp > 0xdfff && cp < 0x10000)) humpClasses[cp] = kind;
  return kind;
}

/**
 * The parts of a camel-case or snake_case name, or null when it is a single word:
 * `AcmeCorp` → Acme|Corp, `SNCFConnect` → SNCF|Connect, `Rocket2026` → Rocket|2026,
 * `acme_corp` → acme|corp. It splits as the expression
 * `\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+` would (parts without a letter
 * or digit dropped), by a loop over a table of character classes: the expression, run a
 * few times a scan, was compiled again each time and cost more than all the rest.
 */
function camelParts(raw: string): { text: string; index: number }[] | null {
  if (!hasHumps(raw, 1)) return null;
  const parts: { text: string; index: number }[] = [];
  const n = raw.length;
  const classAt = (i: number) => (i < n ? humpClass(raw.codePointAt(i)!) : 0);
  const after = (i: number) => i + (raw.codePointAt(i)! > 0xffff ? 2 : 1);
  const lowerOrMark = (kind: number) => kind === LOWER || kind === MARK;
  for (let i = 0; i < n; ) {
    const kind = classAt(i);
    let end = i;
    if (kind === UPPER) {
      // Capitals not followed by a small letter (`SNCF`): the last one before a small
      // letter starts the next hump instead…
      let last = i;
      for (; classAt(end) === UPPER; end = after(end)) last = end;
      if (lowerOrMark(classAt(end))) end = last;
      // …or, alone, it starts a capitalised word (`Connect`).
      if (end === i) for (end = after(i); lowerOrMark(classAt(end)); end = after(end));
    } else if (lowerOrMark(kind)) {
      let letters = false;
      for (; lowerOrMark(classAt(end)); end = after(end)) letters ||= classAt(end) === LOWER;
      if (!letters) {
        i = end; // marks alone make no part
        continue;
      }
    } else if (kind === NUMBER) {
      for (; classAt(end) === NUMBER; end = after(end));
    } else {
      i = after(i);
      continue;
    }
    parts.push({ text: raw.slice(i, end), index: i });
    i = end;
  }
  return parts.length > 1 ? parts : null;
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
