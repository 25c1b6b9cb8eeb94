import { describe, expect, it } from 'vitest';
import { f1, macroF1, rocAuc, rocAucInterval } from '../../../tools/metrics';

describe('the measures npm run eval prints', () => {
  it.each([
    { name: 'perfect ranking', truth: [0, 0, 1, 1], scores: [0.1, 0.2, 0.8, 0.9], auc: 1 },
    { name: 'reversed ranking', truth: [0, 0, 1, 1], scores: [0.9, 0.8, 0.2, 0.1], auc: 0 },
    { name: 'all tied', truth: [0, 1, 0, 1], scores: [0.5, 0.5, 0.5, 0.5], auc: 0.5 },
    { name: 'one pair of four out of order', truth: [0, 1, 0, 1], scores: [0.1, 0.3, 0.4, 0.9], auc: 0.75 },
    { name: 'one class only', truth: [1, 1], scores: [0.2, 0.4], auc: NaN },
  ])('ROC-AUC: $name', ({ truth, scores, auc }) => {
    if (Number.isNaN(auc)) expect(rocAuc(truth, scores)).toBeNaN();
    else expect(rocAuc(truth, scores)).toBeCloseTo(auc, 10);
  });

  it('F1 and macro-F1 count per class', () => {
    expect(f1([1, 1, 0, 0], [1, 0, 1, 0])).toBeCloseTo(0.5);
    expect(f1([0, 0], [0, 0])).toBe(0);
    expect(macroF1([0, 1, 2], [0, 1, 2], 3)).toBe(1);
  });

  it('the bootstrap interval holds the AUC, narrows with more texts, and is the same run after run', () => {
    // Scores that rank a positive above a negative about 80 % of the time.
    const sample = (n: number) => {
      const truth = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
      const scores = truth.map((t, i) => t + ((i * 7919) % 1000) / 600);
      return { truth, scores };
    };
    const small = sample(150);
    const large = sample(3000);
    const [lo, hi] = rocAucInterval(small.truth, small.scores);
    const auc = rocAuc(small.truth, small.scores);
    expect(lo).toBeLessThan(auc);
    expect(hi).toBeGreaterThan(auc);
    const [bigLo, bigHi] = rocAucInterval(large.truth, large.scores);
    expect(bigHi - bigLo).toBeLessThan((hi - lo) / 2);
    expect(rocAucInterval(small.truth, small.scores)).toEqual([lo, hi]);
  });
});
