import type { CourtesyWords, LexiconRule } from './types';

/** English: what a calm, polite spokesperson does not publish. */
export const EN_RULES: readonly LexiconRule[] = [
  {
    id: 'rude',
    level: 'block',
    phrases: [
      'idiot*', 'stupid*', 'dumb', 'moron*', 'imbecile*', 'pathetic', 'ridiculous', 'loser*', 'shut up', 'stfu',
      'wtf', 'damn', 'crap', 'shit*', 'fuck*', 'bullshit', 'get lost', 'piss off',
      { phrase: 'nonsense', fix: 'not quite accurate' },
      { phrase: 'clueless', fix: 'not aware of this' },
    ],
  },
  {
    id: 'blame',
    level: 'warn',
    phrases: [
      { phrase: 'your fault', fix: 'something we will sort out together' },
      { phrase: 'you should have', fix: 'next time, you can' },
      { phrase: "you didn't read", fix: 'you will find the details in' },
      { phrase: 'did you even read', fix: 'you will find the details in' },
      { phrase: 'as already stated', fix: 'as a reminder' },
      { phrase: 'as i said', fix: 'as a reminder' },
      { phrase: 'as we said', fix: 'as a reminder' },
      { phrase: 'obviously', fix: 'as it happens' },
      { phrase: 'you failed to', fix: 'it seems the step to' },
      { phrase: 'user error', fix: 'a mix-up' },
    ],
  },
  {
    id: 'sarcasm',
    level: 'warn',
    phrases: [
      'thanks for nothing', 'good luck with that', 'well done genius', 'what a surprise',
      'yeah right', 'sure, whatever', 'big surprise', 'nice try',
    ],
  },
  {
    id: 'dismissive',
    level: 'warn',
    phrases: [
      { phrase: 'calm down', fix: 'we understand your frustration' },
      { phrase: 'not our problem', fix: 'let us see what we can do' },
      { phrase: 'nothing we can do', fix: 'we are looking for a solution' },
      { phrase: 'deal with it', fix: 'here is what we can offer' },
      { phrase: 'per our policy', fix: 'under our terms, which we are happy to explain' },
      'no offense',
      { phrase: "that's just how it is", fix: 'here is what we can offer' },
      { phrase: 'not my job', fix: 'let me find the right team' },
      { phrase: 'we do not care', fix: 'we take note' },
    ],
  },
];

export const EN_COURTESY: CourtesyWords = {
  greeting: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'greetings'],
  thanks: ['thank*', 'thx', 'grateful', 'appreciate*'],
  apology: ['sorry', 'apolog*', 'regret*', 'excuse us', 'our bad'],
  warmth: [
    'please', 'pls', 'kindly', 'could you', 'would you', 'would you mind', 'happy to help', 'feel free', 'glad',
    'my pleasure', "you're welcome", 'have a lovely day', 'have a great day', 'have a nice day', 'take care',
  ],
};
