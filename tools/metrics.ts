/** The measures the eval prints: macro-F1, binary F1, ROC-AUC and its bootstrap interval. */
import { mulberry32 } from './logistic';

export function macroF1(truth: number[], predicted: number[], classes: number): number {
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += f1(truth.map((t) => (t === c ? 1 : 0)), predicted.map((p) => (p === c ? 1 : 0)));
  return sum / classes;
}

/** F1 of the positive class (label 1). */
export function f1(truth: number[], predicted: number[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    const p = predicted[i];
    if (p === 1 && t === 1) tp++;
    else if (p === 1) fp++;
    else if (t === 1) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Probability that a random positive scores above a random negative (ties count half). */
export function rocAuc(truth: number[], scores: number[]): number {
  const order = scores.map((s, i) => [s, truth[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const midRank = (i + j + 1) / 2;
    for (let t = i; t < j; t++) {
      if (order[t]![1] !== 1) continue;
      rankSum += midRank;
      positives++;
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * A 95 % bootstrap interval of the ROC-AUC: the texts drawn again with replacement,
 * `rounds` times (seeded: the same scores give the same interval), the 2.5th and 97.5th
 * percentiles. A few hundred to a few thousand labelled texts leave an AUC uncertain by
 * about ±0.02, which says how much a difference of 0.002 between two splits means.
 */
export function rocAucInterval(truth: number[], scores: number[], rounds = 1000, seed = 1): [number, number] {
  const random = mulberry32(seed);
  const n = truth.length;
  const aucs: number[] = [];
  const t = new Array<number>(n);
  const s = new Array<number>(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      t[i] = truth[j]!;
      s[i] = scores[j]!;
    }
    const auc = rocAuc(t, s);
    if (!Number.isNaN(auc)) aucs.push(auc);
  }
  aucs.sort((a, b) => a - b);
  const at = (q: number) => aucs[Math.min(aucs.length - 1, Math.floor(q * aucs.length))] ?? NaN;
  return [at(0.025), at(0.975)];
}

export function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}
