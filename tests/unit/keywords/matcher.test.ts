import { describe, expect, it } from 'vitest';
import { compileQueries, matchText } from '@/utils/keywords/matcher';

const q = (query: string) => compileQueries([{ id: 'q', label: query, color: '#000000', query }]);

describe('matchText', () => {
  it.each([
    ['Acme', 'I love my new ACME kettle', true],
    ['Acme', 'Chez Acmé, le service est top', true],
    ['Acme', 'Welcome to Acmeville', false],
    ['acme', "J'adore l'Acme et d’Acme", true],
    ['Acme OR Rocket', 'the rocket launched', true],
    ['Acme -job', 'Acme is hiring, see the job offer', false],
    ['Acme NOT job', 'Acme rocks', true],
    ['"Acme Rocket"', 'the acme rocket is late', true],
    ['"Acme Rocket"', 'acme sells a rocket', false],
    ['@acme', 'thanks @acme!', true],
    ['@acme', 'thanks acme!', false],
    ['#acme', 'so happy #Acme', true],
    ['acme', 'so happy #Acme', true],
    ['(Acme OR Rocket) AND late', 'my Rocket is late', true],
    ['(Acme OR Rocket) late', 'my Rocket arrived', false],
    ['cœur', 'du COEUR à l’ouvrage', true],
    ['acme', 'Ac\u200Bme with a zero-width space', true],
    ['acme', 'ＡＣＭＥ in full width', true],
  ])('%s in %j → %s', (query, text, expected) => {
    expect(matchText(q(query), text)).toEqual(expected ? ['q'] : []);
  });

  it('skips a query that does not parse instead of failing the others', () => {
    const compiled = compileQueries([
      { id: 'broken', label: 'x', color: '#000000', query: '(Acme' },
      { id: 'ok', label: 'y', color: '#000000', query: 'Acme' },
    ]);
    expect(matchText(compiled, 'Acme')).toEqual(['ok']);
  });
});
