import { hashString } from './hash';

/**
 * Cue words: which words are positive or negative opinion words, and which ones carry a
 * politeness strategy (please, hedges, greetings, …), in French and English. The lists
 * come from a lexicon that stays outside the extension: what ships is a table of 32-bit
 * hashes of the words, each with a bit mask of its cues (see tools/train-triage.ts).
 */
export const CUES = [
  'positive',
  'negative',
  'please',
  'hedge',
  'deference',
  'firstPlural',
  'first',
  'second',
  'greeting',
  'directQuestion',
  'directStart',
  'gratitude',
  'apology',
  'subjunctive',
  'indicative',
] as const;
export type Cue = (typeof CUES)[number];
/**
 * The low three bits count how many outside profanity lists hold the word (0–7; see
 * tools/outside-lists.ts), which the toxicity models read (features.ts); the cue bits sit
 * above them. (Low, because most of the listed words have no cue: a one-byte varint.)
 */
const LISTED_BITS = 3;
export const CUE_BIT = Object.fromEntries(CUES.map((c, i) => [c, 1 << (i + LISTED_BITS)])) as Record<Cue, number>;
/** The outside lists {@link listedCount} counts (tools/outside-lists.ts). */
export const LISTS = 7;

export function listedCount(bits: number): number {
  return bits & ((1 << LISTED_BITS) - 1);
}

const CUE_SEED = 0x1b873593;

export function cueHash(word: string): number {
  return hashString(word, CUE_SEED);
}

/** Word → cue bits. */
export type CueTable = ReadonlyMap<number, number>;

export function cuesOf(table: CueTable, word: string): number {
  return table.get(cueHash(word)) ?? 0;
}

/**
 * The table as text: hashes sorted, each written as the varint gap from the previous one
 * followed by its mask as a varint, all in base64. Sorted gaps are small numbers, so the
 * table is about 4 bytes a word.
 */
export function encodeCueTable(table: CueTable): string {
  const bytes: number[] = [];
  const varint = (n: number) => {
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 0x80);
    }
    bytes.push(n);
  };
  let previous = 0;
  for (const hash of [...table.keys()].sort((a, b) => a - b)) {
    varint(hash - previous);
    varint(table.get(hash) ?? 0);
    previous = hash;
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeCueTable(text: string): CueTable {
  const bytes = fromBase64(text);
  const table = new Map<number, number>();
  let at = 0;
  const varint = () => {
    let n = 0;
    let shift = 1;
    for (;;) {
      const b = bytes[at++] ?? 0;
      n += (b & 0x7f) * shift;
      if (b < 0x80) return n;
      shift *= 0x80;
    }
  };
  let hash = 0;
  while (at < bytes.length) {
    hash += varint();
    table.set(hash, varint());
  }
  return table;
}

// btoa/atob exist in browsers and in Node 16+; they work on "binary strings".
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}
