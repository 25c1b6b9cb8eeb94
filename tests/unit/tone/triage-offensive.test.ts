import { describe, expect, it } from 'vitest';
import { featuresOf } from '@/utils/tone/triage/features';
import { offensiveCounts } from '@/utils/tone/triage/offensive';
import { triageTokens } from '@/utils/tone/triage/normalize';

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
