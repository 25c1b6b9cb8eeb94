/**
 * Offline trainer of the linear models in utils/tone/triage/model.ts: logistic regression
 * (one class) or multinomial (several), by stochastic gradient with AdaGrad step sizes and
 * L2 shrinkage, in a seeded order — the same data gives the same weights, every run.
 */
import { DENSE } from '../utils/tone/triage/features';
import type { Features } from '../utils/tone/triage/features';
import type { Model } from '../utils/tone/triage/model';
import type { WordScores } from '../utils/tone/triage/word-scores';

/** A copy of one text's features (featuresOf reuses its buffers). */
export interface Row {
  index: Int32Array;
  value: Float32Array;
  dense: Float32Array;
}

/** A copy of one text's features; `offensive` keeps the offensive cues too (features.ts). */
/** The row with `extra` appended to its dense features. */
export function withDense(row: Row, extra: ArrayLike<number>): Row {
  const dense = new Float32Array(row.dense.length + extra.length);
  dense.set(row.dense);
  dense.set(extra as Float32Array, row.dense.length);
  return { ...row, dense };
}

export function copyFeatures(f: Features, offensive = false): Row {
  const length = offensive ? f.fullLength : f.length;
  return { index: f.index.slice(0, length), value: f.value.slice(0, length), dense: f.dense.slice() };
}

export interface TrainOptions {
  classes: number;
  /** Hashed buckets; 0 to train on the dense features alone. */
  dim: number;
  epochs: number;
  l2: number;
  rate: number;
  seed?: number;
  /** Per-example weights (e.g. to balance classes). */
  weights?: number[];
  /** Return the average of the weights over the last epochs' steps (smoother than the last). */
  averageEpochs?: number;
}

/** The float model, before packing. */
export interface FloatModel {
  offensive?: boolean;
  /** Word scores the model reads after its dense features (word-scores.ts). */
  words?: WordScores;
  classes: number;
  dim: number;
  weights: Float32Array;
  dense: Float32Array;
  bias: Float32Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Labels: class index for several classes; 0/1 (or a probability) for one. */
/** Fisher–Yates, in place, with the given generator: the same order for the same seed. */
export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export function train(rows: Row[], labels: number[], o: TrainOptions): FloatModel {
  const k = o.classes;
  const nd = rows[0]?.dense.length ?? DENSE.length;
  const mask = o.dim - 1;
  const w = new Float32Array(o.dim * k);
  const g2 = new Float32Array(o.dim * k).fill(1e-6);
  const dw = new Float32Array(nd * k);
  const dg2 = new Float32Array(nd * k).fill(1e-6);
  const b = new Float32Array(k);
  const bg2 = new Float32Array(k).fill(1e-6);
  const random = mulberry32(o.seed ?? 1);
  const order = rows.map((_, i) => i);
  const z = new Float64Array(k);
  const grad = new Float64Array(k);
  const avg = { w: new Float64Array(w.length), dw: new Float64Array(dw.length), b: new Float64Array(k), n: 0 };
  const averaging = o.averageEpochs ?? 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const r of order) {
      const row = rows[r]!;
      const y = labels[r]!;
      const weight = o.weights?.[r] ?? 1;
      forward(row, w, dw, b, k, mask, o.dim > 0, z);
      if (k === 1) grad[0] = (1 / (1 + Math.exp(-z[0]!)) - y) * weight;
      else {
        let max = -Infinity;
        for (let c = 0; c < k; c++) max = Math.max(max, z[c]!);
        let sum = 0;
        for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
        for (let c = 0; c < k; c++) grad[c] = (z[c]! / sum - (c === y ? 1 : 0)) * weight;
      }
      if (o.dim > 0) {
        for (let i = 0; i < row.index.length; i++) {
          const at = (row.index[i]! & mask) * k;
          const v = row.value[i]!;
          for (let c = 0; c < k; c++) {
            const g = grad[c]! * v + o.l2 * w[at + c]!;
            g2[at + c]! += g * g;
            w[at + c]! -= (o.rate * g) / Math.sqrt(g2[at + c]!);
          }
        }
      }
      for (let j = 0; j < nd; j++) {
        const v = row.dense[j]!;
        for (let c = 0; c < k; c++) {
          const g = grad[c]! * v + o.l2 * dw[j * k + c]!;
          if (g === 0) continue;
          dg2[j * k + c]! += g * g;
          dw[j * k + c]! -= (o.rate * g) / Math.sqrt(dg2[j * k + c]!);
        }
      }
      for (let c = 0; c < k; c++) {
        bg2[c]! += grad[c]! * grad[c]!;
        b[c]! -= (o.rate * grad[c]!) / Math.sqrt(bg2[c]!);
      }
    }
    if (epoch >= o.epochs - averaging) {
      // Snapshot once per epoch: cheap, and smooths out the last steps' noise.
      for (let i = 0; i < w.length; i++) avg.w[i]! += w[i]!;
      for (let i = 0; i < dw.length; i++) avg.dw[i]! += dw[i]!;
      for (let c = 0; c < k; c++) avg.b[c]! += b[c]!;
      avg.n++;
    }
  }
  if (avg.n > 0) {
    const mean = (xs: Float64Array) => Float32Array.from(xs, (x) => x / avg.n);
    return { classes: k, dim: o.dim, weights: mean(avg.w), dense: mean(avg.dw), bias: mean(avg.b) };
  }
  return { classes: k, dim: o.dim, weights: w, dense: dw, bias: b };
}

function forward(row: Row, w: Float32Array, dw: Float32Array, b: Float32Array, k: number, mask: number, hashed: boolean, z: Float64Array) {
  for (let c = 0; c < k; c++) z[c] = b[c]!;
  if (hashed) {
    for (let i = 0; i < row.index.length; i++) {
      const at = (row.index[i]! & mask) * k;
      const v = row.value[i]!;
      for (let c = 0; c < k; c++) z[c]! += w[at + c]! * v;
    }
  }
  for (let j = 0; j < row.dense.length; j++) {
    const v = row.dense[j]!;
    if (v !== 0) for (let c = 0; c < k; c++) z[c]! += dw[j * k + c]! * v;
  }
}

/** int8 weights: the step is the largest weight / 127; smaller ones round, many to 0. */
export function quantize(m: FloatModel): Model {
  let max = 0;
  for (const x of m.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(m.weights[i]! / scale)));
  return { classes: m.classes, dim: m.dim, scale, weights: q, dense: m.dense, bias: m.bias, offensive: m.offensive, ...(m.words ? { words: m.words } : {}) };
}

/**
 * One-vs-rest logistic regressions on naive-Bayes-scaled features (the "NB-SVM" recipe of
 * Wang & Manning, 2012): each bucket is first scaled by how much more often it occurs in
 * the class than outside it, which helps a lot when there are few training texts. The
 * scaling folds into the weights, so the model ships and runs like any other.
 */
export function trainNaiveBayesScaled(rows: Row[], labels: number[], o: TrainOptions & { alpha: number }): FloatModel {
  const k = o.classes;
  const mask = o.dim - 1;
  const nd = rows[0]?.dense.length ?? DENSE.length;
  const out: FloatModel = { classes: k, dim: o.dim, weights: new Float32Array(o.dim * k), dense: new Float32Array(nd * k), bias: new Float32Array(k) };
  for (let c = 0; c < k; c++) {
    // With one class, the class is label 1 (a probability of it).
    const target = k === 1 ? 1 : c;
    const inClass = new Float64Array(o.dim).fill(o.alpha);
    const outClass = new Float64Array(o.dim).fill(o.alpha);
    rows.forEach((row, r) => {
      const counts = labels[r] === target ? inClass : outClass;
      for (let i = 0; i < row.index.length; i++) counts[row.index[i]! & mask]! += Math.abs(row.value[i]!);
    });
    const sumIn = inClass.reduce((a, b) => a + b, 0);
    const sumOut = outClass.reduce((a, b) => a + b, 0);
    const ratio = Float32Array.from(inClass, (p, b) => Math.log(p / sumIn / (outClass[b]! / sumOut)));
    const scaled = rows.map((row) => ({ ...row, value: Float32Array.from(row.value, (v, i) => v * ratio[row.index[i]! & mask]!) }));
    const binary = train(scaled, labels.map((y) => (y === target ? 1 : 0)), { ...o, classes: 1, seed: (o.seed ?? 1) * 31 + c });
    for (let b = 0; b < o.dim; b++) out.weights[b * k + c] = binary.weights[b]! * ratio[b]!;
    for (let j = 0; j < nd; j++) out.dense[j * k + c] = binary.dense[j]!;
    out.bias[c] = binary.bias[0]!;
  }
  return out;
}
