/** The measures the eval prints: macro-F1, binary F1, ROC-AUC. */

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

export function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}
