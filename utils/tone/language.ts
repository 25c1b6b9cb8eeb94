import { normalizeText } from '../keywords/normalize';

/**
 * A first guess of a post's language, French or English, from the short words each
 * language uses all the time (folded: accents and case do not matter). Null when the text
 * is too short to tell or says nothing either way. Issue 5's triage refines this.
 */
const FRENCH = new Set(
  'le la les un une des du de et est sont je tu il elle nous vous ils elles on ce cette ces mon ma mes ton ta votre vos leur pas ne que qui quoi dans pour avec sur mais ou donc car tres bien merci bonjour au aux est-ce c etait deja encore toujours jamais rien tout tous plus moins'.split(' '),
);
const ENGLISH = new Set(
  'the a an and is are was were i you he she we they it this that these those my your his her our their not no do does did in on for with at but or so very thanks thank hello hi what who why how have has had will would can could just still never always all more less'.split(' '),
);

export function guessLanguage(text: string): 'fr' | 'en' | null {
  let fr = 0;
  let en = 0;
  // Elided articles (l', d', qu', j') are French on their own.
  for (const word of normalizeText(text).split(/[^\p{L}\p{N}-]+/u)) {
    if (!word) continue;
    if (FRENCH.has(word)) fr++;
    if (ENGLISH.has(word)) en++;
  }
  fr += (text.match(/\b(?:[ldjmnst]|qu)['’]\p{L}/giu) ?? []).length;
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}
