import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/utils/tone/language';

describe('guessLanguage', () => {
  it.each([
    ['Ma nouvelle bouilloire ACMÉ est arrivée en avance, merci !', 'fr'],
    ['Trois semaines que j’attends le remboursement de ma Rocket… quelqu’un a eu une réponse ?', 'fr'],
    ['Is the new Rocket blender from @acme worth it? Thinking of buying one.', 'en'],
    ['Weekend hike photos are up, what a sunrise.', 'en'],
    ['L’Acme Rocket', 'fr'],
    ['#Acme 🚀', null],
    ['', null],
  ] as const)('%j → %s', (text, expected) => {
    expect(guessLanguage(text)).toBe(expected);
  });
});
