import { normalizeText } from '../keywords/normalize';
import type { Features } from './triage/features';
import { logits } from './triage/model';
import type { TriageTokens } from './triage/normalize';
import { analyse, getRuntime } from './triage/runtime';

/**
 * A post's language, French or English, or null when the text is too short to tell (the
 * caller then falls back to the page's language, then the UI's). Two kinds of evidence:
 * the short words each language uses all the time (and French elision), which are
 * reliable even in five words; and a character n-gram model trained on French and
 * English tweets, which knows the rest of the vocabulary.
 */
const FRENCH = new Set(
  'le la les un une des du de et est sont je tu il elle nous vous ils elles on ce cette ces mon ma mes ton ta votre vos leur pas ne que qui quoi dans pour avec sur mais ou donc car tres bien merci bonjour au aux etait deja encore toujours jamais rien tout tous plus moins'.split(' '),
);
const ENGLISH = new Set(
  'the a an and is are was were i you he she we they it this that these those my your his her our their not no do does did in on for with at but or so very thanks thank hello hi what who why how have has had will would can could just still never always all more less'.split(' '),
);
const FRENCH_ACCENTS = /[éèêëàâùûçœîïô]/giu;
const ELISION = /(?<![\p{L}\p{N}])(?:[ldjmnstc]|qu)['’]\p{L}/giu;
/** Weight of one function word against the model's log-odds. */
const FUNCTION_WORD = 1.5;
/** Below this, the evidence is too thin: null. */
const DECIDE = 1.5;

export function guessLanguage(text: string): 'fr' | 'en' | null {
  const { tokens, features } = analyse(text);
  return languageOf(text, tokens, features);
}

/** {@link guessLanguage} on an analysis already made (the triage shares it). */
export function languageOf(text: string, tokens: TriageTokens, features: Features): 'fr' | 'en' | null {
  let fr = 0;
  let en = 0;
  for (const word of normalizeText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    if (FRENCH.has(word)) fr++;
    if (ENGLISH.has(word)) en++;
  }
  fr += (text.match(ELISION) ?? []).length;
  // French accents are rare in English (a café, a fiancé): half a word each, two words at most.
  fr += Math.min((text.match(FRENCH_ACCENTS) ?? []).length, 4) * 0.5;
  const letters = tokens.words.filter((w) => /\p{L}{2}/u.test(w)).length;
  if (letters === 0) return null;
  const model = logits(getRuntime().models.language, features)[0]!;
  // A lone word (a brand, a hashtag) only counts when the model is very sure of it.
  const modelWeight = letters < 2 ? 0.3 : 1;
  const score = modelWeight * model + FUNCTION_WORD * (fr - en);
  if (Math.abs(score) < DECIDE) return null;
  return score > 0 ? 'fr' : 'en';
}
