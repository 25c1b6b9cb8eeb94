/**
 * Builds the cue table (utils/tone/triage/cues.ts) from the politeness-strategy lexicon
 * (English words and their French translations) plus a few strategies that lexicon does
 * not list, whose words we wrote here ourselves (thanks, apologies, could/would, can/will),
 * and how many outside profanity lists hold each word (outside-lists.ts).
 */
import { CUE_BIT, cueHash, type Cue } from '../utils/tone/triage/cues';
import { triageTokens } from '../utils/tone/triage/normalize';
import { listedCounts } from './outside-lists';
import type { StrategyRow } from './triage-data';

const STRATEGY_CUES: Record<string, Cue> = {
  Please: 'please',
  Please_start: 'please',
  HASHEDGE: 'hedge',
  Deference: 'deference',
  '1st_person_pl.': 'firstPlural',
  '1st_person': 'first',
  '1st_person_start': 'first',
  '2nd_person': 'second',
  '2nd_person_start': 'second',
  'Indirect_(greeting)': 'greeting',
  Direct_question: 'directQuestion',
  Direct_start: 'directStart',
  HASPOSITIVE: 'positive',
  HASNEGATIVE: 'negative',
};

const OUR_WORDS: Partial<Record<Cue, string>> = {
  gratitude: 'thanks thank thankful grateful appreciate appreciated merci remercie remercions remerciements reconnaissant reconnaissante apprecie',
  apology: 'sorry apologize apologise apologies apology regret desole desolee desoles desolees excuse excusez excuses pardon regrette regrettons navre navree',
  subjunctive: 'could would pourriez pourrais pourrions voudriez voudrais auriez aurais serait seriez',
  indicative: 'can will pouvez peux peut veux voulez',
  greeting: 'hello hi hey dear bonjour bonsoir salut coucou cher chere',
  // Customer-service opinion words the translated lexicon misses or mistranslates.
  positive: 'satisfait satisfaite satisfaits content contente ravi ravie ravis rapide efficace pratique impeccable nickel top genial geniale super parfait parfaite excellent adore aime recommande bravo merci',
  negative: 'decu decue decus insatisfait mecontent mecontente lent lente casse cassee nul nulle arnaque honte inadmissible inacceptable scandaleux scandaleuse pire horrible catastrophique galere bug plante defectueux',
};

// Translations of opinion words that are really function words ("great" → "très").
const FRENCH_FUNCTION_WORDS = new Set(
  'le la les de des du un une et en a au aux ce se que qui pour par sur dans avec est sont pas ne plus tout tous toute toutes tres bien bon faire fait etre avoir ai as avons avez ont il elle on je tu nous vous ou mais si son sa ses mon ma mes leur suis es sommes etes va vais vas allez peut peux dit ca cela ceci comme meme aussi sans chez avant apres encore deja trop peu rien jamais toujours quand comment pourquoi donc alors ici la cette ces cet quel quelle'.split(' '),
);

/** One word's folded form, or null for a phrase. Elided articles are dropped (`l'abus`). */
function single(word: string): string | null {
  const tokens = triageTokens(word).tokens.filter((t) => !['le', 'de', 'je', 'que', 'ne', 'se', 'ce', 'me', 'te'].includes(t) || triageTokens(word).tokens.length === 1);
  return tokens.length === 1 && /^[\p{L}]/u.test(tokens[0]!) ? tokens[0]! : null;
}

export function buildCueTable(rows: StrategyRow[]): Map<number, number> {
  const words = new Map<string, number>();
  const add = (word: string | null, cue: Cue) => {
    if (word) words.set(word, (words.get(word) ?? 0) | CUE_BIT[cue]);
  };
  for (const row of rows) {
    const cue = STRATEGY_CUES[row.strategy];
    if (!cue) continue;
    const opinion = cue === 'positive' || cue === 'negative';
    // The table serves both languages: an English opinion word spelt like a French
    // function word (`tout`) would fire on every French post.
    const english = single(row.english);
    if (!(opinion && english && FRENCH_FUNCTION_WORDS.has(english))) add(english, cue);
    for (const { word, count } of row.french) {
      const folded = single(word);
      // Translations seen once are too often alignment noise.
      if (opinion && (!folded || count < 2 || folded.length < 3 || FRENCH_FUNCTION_WORDS.has(folded))) continue;
      add(folded, cue);
    }
  }
  for (const [cue, list] of Object.entries(OUR_WORDS)) for (const word of list.split(' ')) add(word, cue as Cue);
  const table = new Map<number, number>();
  for (const [word, bits] of words) {
    // A word the lexicon calls both positive and negative says neither.
    const both = CUE_BIT.positive | CUE_BIT.negative;
    const clean = (bits & both) === both ? bits & ~both : bits;
    if (clean) table.set(cueHash(word), (table.get(cueHash(word)) ?? 0) | clean);
  }
  for (const [word, count] of listedCounts(single)) table.set(cueHash(word), (table.get(cueHash(word)) ?? 0) | count);
  return table;
}
