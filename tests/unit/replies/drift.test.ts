import { describe, expect, it } from 'vitest';
import { driftClass, replyDrift } from '@/utils/replies/drift';

describe('replyDrift', () => {
  it.each([
    ['Merci Léa !', 'Merci Léa !', 0],
    ['Merci Léa !', '  Merci   Léa\n!', 0],
    ['Merci Léa pour votre message', 'Merci Sam pour votre message', 0.2],
    ['Merci Léa pour votre message', 'Merci Léa pour votre message 🙏', 1 / 6],
    ['Thanks a lot', 'Something else entirely now', 1],
    ['', '', 0],
    ['', 'Free text', 1],
  ])('%j → %j: %d', (approved, edited, expected) => {
    expect(replyDrift(approved, edited)).toBeCloseTo(expected, 5);
  });

  it('compares a 5,000-character element quickly', () => {
    const approved = 'mot '.repeat(1250);
    const started = performance.now();
    expect(replyDrift(approved, `${approved} ajout`)).toBeCloseTo(1 / 1251, 6);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('driftClass', () => {
  it.each([
    [0, 'approved'],
    [0.2, 'edited'],
    [0.7, 'free'],
    [undefined, 'free'],
  ] as const)('%j → %s', (drift, expected) => {
    expect(driftClass(drift)).toBe(expected);
  });
});
