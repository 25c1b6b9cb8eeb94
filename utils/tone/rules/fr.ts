import type { CourtesyWords, LexiconRule } from './types';

/** French: what a calm, polite spokesperson does not publish. */
export const FR_RULES: readonly LexiconRule[] = [
  {
    id: 'rude',
    level: 'block',
    phrases: [
      'idiot*', 'imbecile*', 'debile*', 'stupide*', 'cretin*', 'abruti*', 'connard*', 'connasse*', 'ridicule*', 'pathetique*', 'minable*', 'la ferme', 'ta gueule', 'fermez-la', 'degage*',
      'foutre', 'fous-toi', 'merde*', 'putain', 'bordel',
      { phrase: "n'importe quoi", fix: 'ce n’est pas tout à fait exact' },
      { phrase: 'vous racontez', fix: 'vous indiquez' },
    ],
  },
  {
    id: 'blame',
    level: 'warn',
    phrases: [
      { phrase: 'votre faute', fix: 'un souci que nous allons régler ensemble' },
      { phrase: "c'est de votre faute", fix: 'regardons ensemble ce qui s’est passé' },
      { phrase: 'vous auriez du', fix: 'la prochaine fois, vous pourrez' },
      { phrase: "vous n'avez pas lu", fix: 'vous trouverez le détail dans' },
      { phrase: 'comme deja dit', fix: 'pour rappel' },
      { phrase: 'comme deja indique', fix: 'pour rappel' },
      { phrase: 'il fallait', fix: 'il est possible de' },
      { phrase: 'vous vous etes trompe*', fix: 'il y a eu une confusion' },
      'mal compris', 'mal lu',
    ],
  },
  {
    id: 'sarcasm',
    level: 'warn',
    phrases: [
      'merci pour rien', 'bien sur que non', 'quelle surprise',
      'bon courage avec ca', 'sans blague', 'ben voyons', 'comme par hasard', 'encore bravo',
    ],
  },
  {
    id: 'dismissive',
    level: 'warn',
    phrases: [
      { phrase: 'calmez-vous', fix: 'nous comprenons votre agacement' },
      { phrase: 'calmez vous', fix: 'nous comprenons votre agacement' },
      { phrase: "ce n'est pas notre probleme", fix: 'voyons ce que nous pouvons faire' },
      { phrase: 'pas notre probleme', fix: 'voyons ce que nous pouvons faire' },
      { phrase: "on n'y peut rien", fix: 'nous cherchons une solution' },
      { phrase: "c'est comme ca", fix: 'voici ce que nous pouvons vous proposer' },
      { phrase: 'tant pis', fix: 'nous le regrettons' },
      { phrase: 'point final', fix: 'nous restons disponibles' },
      { phrase: 'aucune importance', fix: 'nous en tenons compte' },
      { phrase: 'cela ne nous concerne pas', fix: 'nous allons vous orienter' },
      { phrase: 'faites avec', fix: 'voici ce que nous pouvons vous proposer' },
    ],
  },
];

export const FR_COURTESY: CourtesyWords = {
  greeting: ['bonjour', 'bonsoir', 'salut', 'hello', 'coucou', 'cher', 'chere', 'madame', 'monsieur'],
  thanks: ['merci*', 'remercie*', 'gratitude'],
  apology: ['desole*', 'excuse*', 'pardon', 'navre*', 'regrett*', 'toutes nos excuses'],
  warmth: [
    "s'il vous plait", "s'il te plait", 'svp', 'stp', 'je vous prie', 'pourriez-vous', 'pourriez vous', 'auriez-vous',
    'avec plaisir', "n'hesitez pas", 'bonne journee', 'belle journee', 'bonne soiree', 'au plaisir', 'ravi*', 'de rien',
  ],
};
