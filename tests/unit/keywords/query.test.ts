import { describe, expect, it } from 'vitest';
import { parseQuery, queryError } from '@/utils/keywords/query';

describe('parseQuery', () => {
  it.each([
    'Acme',
    'Acme Rocket',
    'Acme AND Rocket',
    'Acme OR @acme OR #acme',
    '"Acme Rocket" -job',
    'Acme NOT (job OR emploi)',
    '("Société Générale" OR @SocGen OR #SocieteGenerale) -"générale de" -job',
    'e-commerce',
  ])('accepts %s', (query) => {
    expect(queryError(query)).toBeNull();
  });

  it('reads juxtaposition as AND and binds AND tighter than OR', () => {
    expect(parseQuery('a b OR c')).toEqual({
      kind: 'or',
      children: [
        { kind: 'and', children: [{ kind: 'phrase', tokens: [{ word: 'a', prefix: '' }] }, { kind: 'phrase', tokens: [{ word: 'b', prefix: '' }] }] },
        { kind: 'phrase', tokens: [{ word: 'c', prefix: '' }] },
      ],
    });
  });

  it.each([
    ['"Acme', 'Quote', 5, ''],
    ['(Acme OR Rocket', 'Paren', 15, ''],
    ['Acme)', 'Unexpected', 4, ')'],
    ['Acme OR', 'Term', 7, ''],
    ['OR Acme', 'Term', 0, 'OR'],
    ['-job', 'AllExcluded', 0, ''],
    ['NOT Acme', 'AllExcluded', 0, ''],
    ['Acme --', 'NoLetters', 6, '-'],
    ['Acme ...', 'NoLetters', 5, '...'],
    ['', 'Term', 0, ''],
  ])('refuses %j: %s at %i', (query, code, position, token) => {
    const error = queryError(query);
    expect(error).toMatchObject({ code, position, token });
  });
});
