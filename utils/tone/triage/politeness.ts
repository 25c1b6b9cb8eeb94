import { logits, sigmoid } from './model';
import { analyse, getRuntime } from './runtime';

/**
 * How polite a reply reads, 0..1 (1 = polite). English: a model trained on requests from
 * Wikipedia talk pages rated for politeness (words, n-grams and politeness strategies).
 * French: there is no French training text, so the French model reads only the
 * strategies (please, greetings, hedges, thanks, apologies, could/would…), learnt from
 * the English requests and found in French through a lexicon of their French words.
 */
export function politenessScore(text: string, lang: 'fr' | 'en'): number {
  const { models } = getRuntime();
  const { features } = analyse(text);
  const score = sigmoid(logits(lang === 'fr' ? models.politenessFr : models.politenessEn, features)[0]!);
  return Math.round(score * 1e4) / 1e4;
}
