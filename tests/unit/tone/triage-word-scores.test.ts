import { describe, expect, it } from 'vitest';
import { DENSE } from '@/utils/tone/triage/features';
import { getRuntime } from '@/utils/tone/triage/runtime';
import { packWordScores, unpackWordScores, WORD_SCORE_FEATURES, wordScoreFeatures, wordScoreKey, type WordScores } from '@/utils/tone/triage/word-scores';

// Words and scores made up for these tests.
describe('word scores', () => {
  it('pack and unpack to the same table', () => {
    const scores = new Map<number, number>([
      [0, 3],
      [1, -127],
      [127, 127],
      [128, -1],
      [(1 << 22) - 1, 42],
      [wordScoreKey('scoundrel'), -5],
    ]);
    const unpacked = unpackWordScores(packWordScores(scores), scores.size);
    expect([...unpacked].sort((a, b) => a[0] - b[0])).toEqual([...scores].sort((a, b) => a[0] - b[0]));
  });

  it('give the mean over √(words), the top and the positive sum', () => {
    const table: WordScores = { step: 0.5, scores: new Map([[wordScoreKey('nasty'), 4], [wordScoreKey('kind'), -2]]) };
    const out = new Float64Array(3);
    wordScoreFeatures(['a', 'nasty', 'kind', 'word'], table, out);
    expect(out[0]).toBeCloseTo((4 - 2) * 0.5 / 2);
    expect(out[1]).toBeCloseTo(2);
    expect(out[2]).toBeCloseTo(4 * 0.5 / 2);
    wordScoreFeatures([], table, out);
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });

  it('ship with the English toxicity model only', () => {
    const { models } = getRuntime();
    expect(models.toxicityEn.words?.scores.size).toBeGreaterThan(10_000);
    expect(models.toxicityEn.dense.length).toBe(DENSE.length + WORD_SCORE_FEATURES.length);
    for (const name of ['sentimentEn', 'sentimentFr', 'toxicityFr', 'politenessEn', 'politenessFr', 'language'] as const) expect(models[name].words).toBeUndefined();
  });
});
