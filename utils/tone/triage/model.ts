import { fromBase64 } from './cues';
import { DENSE, type Features } from './features';
import { unpackWordScores, WORD_SCORE_FEATURES, wordScoreFeatures, type WordScores } from './word-scores';

/**
 * A linear model over the features of {@link Features}: per class, one weight per hashed
 * bucket (int8, times a scale), one per dense feature, and a bias. With one class it is a
 * logistic regression (a probability), with more a multinomial one (a softmax).
 */
export interface PackedModel {
  classes: number;
  /** Hashed buckets with weights; 0 for a model on dense features only. */
  dim: number;
  /** What one int8 step is worth. */
  scale: number;
  /** base64 of dim × classes int8, bucket-major (the classes of a bucket side by side). */
  weights: string;
  dense: number[];
  bias: number[];
  /** 1 when the model also reads the offensive cues (the toxicity models). */
  offensive?: number;
  /**
   * Word scores (word-scores.ts): how many, one step, and the packed table in base64; the
   * model's `dense` then has {@link WORD_SCORE_FEATURES} more features after {@link DENSE}.
   */
  words?: { count: number; step: number; table: string };
}

export interface Model {
  classes: number;
  dim: number;
  scale: number;
  weights: Int8Array;
  dense: Float32Array;
  bias: Float32Array;
  offensive?: boolean;
  words?: WordScores;
}

export function unpackModel(packed: PackedModel): Model {
  const bytes = fromBase64(packed.weights);
  return {
    classes: packed.classes,
    dim: packed.dim,
    scale: packed.scale,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    dense: Float32Array.from(packed.dense),
    bias: Float32Array.from(packed.bias),
    offensive: packed.offensive === 1,
    ...(packed.words ? { words: { step: packed.words.step, scores: unpackWordScores(fromBase64(packed.words.table), packed.words.count) } } : {}),
  };
}

const wordScratch = new Float64Array(WORD_SCORE_FEATURES.length);

/** The raw scores (logits), one per class. */
export function logits(model: Model, f: Features): Float64Array {
  const k = model.classes;
  const out = new Float64Array(k);
  if (model.dim > 0) {
    const mask = model.dim - 1;
    const length = model.offensive ? f.fullLength : f.length;
    for (let i = 0; i < length; i++) {
      const at = (f.index[i]! & mask) * k;
      const v = f.value[i]!;
      for (let c = 0; c < k; c++) out[c]! += model.weights[at + c]! * v;
    }
    for (let c = 0; c < k; c++) out[c] = out[c]! * model.scale;
  }
  for (let j = 0; j < DENSE.length; j++) {
    const v = f.dense[j]!;
    if (v !== 0) for (let c = 0; c < k; c++) out[c]! += model.dense[j * k + c]! * v;
  }
  if (model.words) {
    wordScoreFeatures(f.words, model.words, wordScratch);
    for (let j = 0; j < wordScratch.length; j++) {
      const at = (DENSE.length + j) * k;
      for (let c = 0; c < k; c++) out[c]! += model.dense[at + c]! * wordScratch[j]!;
    }
  }
  for (let c = 0; c < k; c++) out[c]! += model.bias[c]!;
  return out;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function softmax(z: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!);
  const e = Array.from(z, (x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
