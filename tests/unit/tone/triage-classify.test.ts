import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/utils/tone/language';
import { classifyMention, KINDS, type Kind } from '@/utils/tone/triage/classify';
import { politenessScore } from '@/utils/tone/triage/politeness';

// Clear cases written for these tests (not taken from any dataset).
describe('classifyMention', () => {
  it.each([
    ['Bonjour, comment je peux changer mon adresse de livraison ?', 'fr', 'question'],
    ['How do I change my delivery address?', 'en', 'question'],
    ['Trois semaines que j’attends mon remboursement, toujours aucune réponse, c’est inadmissible', 'fr', 'complaint'],
    ['Still waiting for my refund after three weeks, this is unacceptable', 'en', 'complaint'],
    ['Merci @Acme, livraison ultra rapide et produit génial 😍', 'fr', 'praise'],
    ['I love my new kettle, thank you @acme! ❤️', 'en', 'praise'],
    ['Vous êtes une bande de connards', 'fr', 'toxic'],
    ['You are all idiots, shut up', 'en', 'toxic'],
    ['Earn 500 dollars a day with crypto, DM me http://bit.ly/xyz', 'en', 'spam'],
    ['Gagnez un iPhone gratuit, cliquez ici http://promo.example.com', 'fr', 'spam'],
  ] as const)('%j → %s, %s', (text, lang, kind) => {
    const t = classifyMention(text);
    expect(t.lang).toBe(lang);
    expect(t.kind).toBe(kind);
  });

  it.each([
    ['Produit cassé à la livraison, je suis très déçu', 'neg'],
    ['The blender broke after two days, really disappointed', 'neg'],
    ['Super service, merci beaucoup !', 'pos'],
    ['Great service, thanks a lot!', 'pos'],
    // Negation turns the words round.
    ['Je ne suis pas du tout satisfait', 'neg'],
    // Sarcasm: thanks and praise words, negative meaning.
    ['Merci pour rien, encore deux heures de retard', 'neg'],
    ['Great, another delay. Thanks for nothing.', 'neg'],
    ['Bravo la SNCF, encore une panne', 'neg'],
  ] as const)('%j → %s', (text, sentiment) => {
    expect(classifyMention(text).sentiment).toBe(sentiment);
  });

  // The offensive-language tweets the toxicity model learnt from are political: words
  // naming who someone is come up in their insults. Naming them is not an insult.
  it.each([
    'As a black customer I love Acme',
    'As a gay customer I love Acme',
    'Acme support helped my muslim neighbour today',
    'Our church bake sale used Acme ovens',
    'American Airlines lost my bag again',
    'En tant que client musulman, j’adore Acme',
    'Ma voisine juive recommande Acme',
  ])('%j is not toxic', (text) => {
    const t = classifyMention(text);
    expect(t.kind).not.toBe('toxic');
    expect(t.toxicity).toBeLessThan(0.5);
  });

  it('scores urgency: a threat of lawyers and the press beats a mild remark', () => {
    const crisis = classifyMention('SCANDALE !!! Mon enfant intoxiqué par votre produit, j’appelle mon avocat');
    const mild = classifyMention('La couleur est un peu différente de la photo');
    expect(crisis.urgency).toBeGreaterThan(0.7);
    expect(mild.urgency).toBeLessThan(0.4);
    expect(classifyMention('Recall now!!! My kid got food poisoning, calling my lawyer').urgency).toBeGreaterThan(0.7);
  });

  it('returns the documented shape: scores in 0..1, sentiment scores summing to 1', () => {
    for (const text of ['', '🚀', 'ok', 'Bonjour', 'A'.repeat(2000), 'Why??? 😡😡 http://x.co']) {
      const t = classifyMention(text);
      expect(Object.keys(t.kindScores).sort()).toEqual([...KINDS].sort());
      for (const k of KINDS) expect(t.kindScores[k as Kind]).toBeGreaterThanOrEqual(0);
      for (const k of KINDS) expect(t.kindScores[k as Kind]).toBeLessThanOrEqual(1);
      const { neg, neu, pos } = t.sentimentScores;
      expect(neg + neu + pos).toBeCloseTo(1, 3);
      for (const x of [t.toxicity, t.urgency]) expect(x >= 0 && x <= 1).toBe(true);
    }
  });

  it('falls back to the given language when the text is too short to tell', () => {
    expect(classifyMention('🚀🚀', { fallbackLang: 'fr' }).lang).toBe('fr');
    expect(classifyMention('🚀🚀').lang).toBe('en');
    expect(classifyMention('#Acme', { fallbackLang: 'fr' }).lang).toBe('fr');
  });

  it('is deterministic', () => {
    const text = 'Toujours pas de réponse du SAV, c’est une honte !!';
    expect(classifyMention(text)).toEqual(classifyMention(text));
  });
});

describe('guessLanguage on short texts', () => {
  it.each([
    ['Livraison rapide, merci', 'fr'],
    ['colis jamais reçu', 'fr'],
    ['never received my parcel', 'en'],
    ['fast delivery, thanks', 'en'],
    ['ok', null],
    ['@acme', null],
    ['😍😍😍', null],
  ] as const)('%j → %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });
});

describe('politenessScore', () => {
  it.each([
    ['en', 'Hi, could you please check my order? Thanks a lot!', 'Check my order now.'],
    ['en', 'Sorry for the trouble, we would be glad to help.', 'Why did you do that? This is wrong.'],
    ['fr', 'Bonjour, pourriez-vous vérifier ma commande s’il vous plaît ? Merci beaucoup', 'Vérifie ma commande.'],
    ['fr', 'Désolés pour ce désagrément, merci pour votre patience.', 'Pourquoi tu as fait ça ? C’est nul.'],
  ] as const)('%s: %j reads more polite than %j', (lang, polite, blunt) => {
    expect(politenessScore(polite, lang)).toBeGreaterThan(politenessScore(blunt, lang));
    for (const text of [polite, blunt]) expect(politenessScore(text, lang)).toBeGreaterThanOrEqual(0);
  });
});
