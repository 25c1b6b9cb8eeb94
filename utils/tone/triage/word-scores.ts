import { hashString } from './hash';

/**
 * A learnt score per word, which the English toxicity model reads next to its hashed
 * n-grams. Each word of the training tweets gets `v · e(word)`, where `e` is the word's
 * GloVe vector (public-domain word embeddings, used offline only) and `v` the direction
 * the model learnt for a tweet's summed vectors (tools/train-triage.ts). Words that mean
 * much the same then weigh much the same, even when the training tweets had one of them
 * only once or twice; what ships is one int8 score per word, no vector.
 *
 * Words are keyed by a 22-bit hash: the n-gram tables fold far more features into far
 * fewer buckets, but here a frequent word that shared a rare word's score would carry it
 * into every post, so the keys stay all but unique (about twenty of the ~13,300 words share
 * one) and a word the table never had finds nothing (0.3 % of them find some other
 * word's score).
 */
export interface WordScores {
  /** What one int8 step is worth. */
  step: number;
  /** Hashed word → its score in steps. */
  scores: Map<number, number>;
}

const WORD_SCORE_SEED = 0x1b873593;
const KEY_BITS = 22;

/** The features the scores give a text, in this order after the dense ones (features.ts). */
export const WORD_SCORE_FEATURES = ['wordScoreMean', 'wordScoreTop', 'wordScorePositive'] as const;

export function wordScoreKey(word: string): number {
  return hashString(word, WORD_SCORE_SEED) & ((1 << KEY_BITS) - 1);
}

/**
 * Into `out` ({@link WORD_SCORE_FEATURES}): the words' scores summed over √(words) (the
 * scale the training gave the summed vectors), the highest score (0 when none is above
 * 0), and the positive scores summed over √(words).
 */
export function wordScoreFeatures(words: readonly string[], table: WordScores, out: Float32Array | Float64Array): void {
  let sum = 0;
  let top = 0;
  let positive = 0;
  for (const word of words) {
    const s = table.scores.get(wordScoreKey(word)) ?? 0;
    sum += s;
    if (s > top) top = s;
    if (s > 0) positive += s;
  }
  const root = words.length > 0 ? Math.sqrt(words.length) : 1;
  out[0] = (sum * table.step) / root;
  out[1] = top * table.step;
  out[2] = (positive * table.step) / root;
}

/**
 * Packed: the keys in increasing order as the gaps between them (LEB128, 7 bits a byte),
 * then the scores (int8), in the same order. Gaps and scores apart compress better.
 */
export function packWordScores(scores: Map<number, number>): Uint8Array {
  const keys = [...scores.keys()].sort((a, b) => a - b);
  const bytes: number[] = [];
  let previous = 0;
  for (const key of keys) {
    let gap = key - previous;
    previous = key;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  for (const key of keys) bytes.push(scores.get(key)! & 0xff);
  return Uint8Array.from(bytes);
}

export function unpackWordScores(bytes: Uint8Array, count: number): Map<number, number> {
  const keys = new Array<number>(count);
  let at = 0;
  let key = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    key += gap;
    keys[i] = key;
  }
  const out = new Map<number, number>();
  for (let i = 0; i < count; i++) out.set(keys[i]!, (bytes[at++]! << 24) >> 24);
  return out;
}
