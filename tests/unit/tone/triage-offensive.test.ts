import { describe, expect, it } from 'vitest';
import { CUE_BIT, cuesOf, listedCount, LISTS, type CueTable } from '@/utils/tone/triage/cues';
import { featuresOf } from '@/utils/tone/triage/features';
import { offensiveCounts } from '@/utils/tone/triage/offensive';
import { triageTokens } from '@/utils/tone/triage/normalize';
import { getRuntime } from '@/utils/tone/triage/runtime';
import { FEATURE_OPTIONS } from '@/utils/tone/triage/weights.generated';
import { listedCounts, outsideLists } from '../../../tools/outside-lists';

// Cases written for these tests (not taken from any dataset).
const counts = (text: string) => offensiveCounts(triageTokens(text).words);

describe('offensiveCounts', () => {
  it.each([
    ['what the fuuuck is this', 'profanity'],
    ['this is bullshit', 'profanity'],
    ['putain de merde', 'profanity'],
    ['you idiot', 'insult'],
    ['what a bunch of libtards', 'insult'],
    ['quelle bande de connards', 'insult'],
    ['espèce d’abruti', 'insult'],
    ['I will kill you', 'threat'],
    ['va crever', 'threat'],
  ] as const)('%j has a %s cue', (text, cue) => {
    expect(counts(text)[cue]).toBeGreaterThan(0);
  });

  it('counts insults aimed at someone', () => {
    expect(counts('you are a moron').targeted).toBe(1);
    expect(counts('t’es vraiment con').targeted).toBe(1);
    expect(counts('the moron tax is real').targeted).toBe(0);
  });

  it.each([
    'My order arrived late, please help',
    'Big sale this weekend on all kettles',
    'I passed the class, great connection and service',
    'Merci pour la livraison, le colis est arrivé',
    'Je voudrais changer mon adresse',
  ])('%j has none', (text) => {
    const c = counts(text);
    expect(c.profanity + c.insult + c.slur + c.threat + c.targeted).toBe(0);
  });
});

describe('offensive features', () => {
  const options = { dim: 1 << 15, charWeight: 0.35, denseWeight: 1, offensiveWeight: 1, offensiveRaw: 0.6 };
  it('only the extended part carries them', () => {
    const cues = new Map<number, number>();
    const plain = featuresOf('thanks for the quick reply', options, cues);
    expect(plain.fullLength).toBe(plain.length);
    const rude = featuresOf('shut up you idiot', options, cues);
    expect(rude.fullLength).toBeGreaterThan(rude.length);
    const without = featuresOf('shut up you idiot', { ...options, offensiveWeight: 0, offensiveRaw: 0 }, cues);
    expect(without.fullLength).toBe(without.length);
    expect(without.length).toBe(rude.length);
  });
});

describe('words of the outside profanity lists (listed counts)', () => {
  const { cues } = getRuntime();
  const listed = (word: string) => listedCount(cuesOf(cues, word));

  it.each([
    // Words most lists hold, English and French.
    ['fuck', 4],
    ['motherfucker', 4],
    ['connard', 1],
  ] as const)('%j is held by at least %i lists', (word, atLeast) => {
    expect(listed(word)).toBeGreaterThanOrEqual(atLeast);
    expect(listed(word)).toBeLessThanOrEqual(LISTS);
  });

  it.each(['kettle', 'order', 'refund', 'please', 'merci', 'livraison'])('%j is held by none', (word) => {
    expect(listed(word)).toBe(0);
  });

  it('leaves the cue bits of a word as they were', () => {
    expect(cuesOf(cues, 'please') & CUE_BIT.please).toBeTruthy();
    expect(cuesOf(cues, 'sorry') & CUE_BIT.apology).toBeTruthy();
    expect(cuesOf(cues, 'fuck') & CUE_BIT.please).toBe(0);
  });

  /** The offensive part's entries, copied (featuresOf reuses its buffers). */
  const offensivePart = (text: string, table: CueTable) => {
    const f = featuresOf(text, FEATURE_OPTIONS, table);
    return Array.from(f.value.slice(f.length, f.fullLength));
  };

  it.each([
    { text: 'what the fuck is this', words: ['fuck'] },
    { text: 'fuck fuck fuck fuck fuck fuck fuck fuck', words: Array<string>(8).fill('fuck') },
  ])('adds one entry for $text: the lists holding its words, summed and capped', ({ text, words }) => {
    const withLists = offensivePart(text, cues);
    const without = offensivePart(text, new Map());
    expect(withLists.length).toBe(without.length + 1);
    const sum = words.reduce((s, w) => s + listed(w), 0) / LISTS;
    expect(withLists.at(-1)).toBeCloseTo(FEATURE_OPTIONS.offensiveRaw * Math.min(3, sum), 5);
  });

  it('adds nothing to a post without such words', () => {
    expect(offensivePart('thanks for the quick reply', cues)).toEqual(offensivePart('thanks for the quick reply', new Map()));
  });
});

describe('the outside lists (tools/outside-lists.ts)', () => {
  it('reads every list, as many as the cue table can count', () => {
    const lists = outsideLists();
    expect(lists).toHaveLength(LISTS);
    for (const list of lists) expect(list.words.length, list.name).toBeGreaterThan(50);
  });

  it('counts each list once per word, and skips what folds to no single word', () => {
    const counts = listedCounts((entry) => (/^[a-z]+$/.test(entry) ? entry : null));
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(LISTS);
    expect([...counts.keys()].every((w) => /^[a-z]+$/.test(w))).toBe(true);
    expect(counts.get('fuck')).toBeGreaterThanOrEqual(4);
  });
});
