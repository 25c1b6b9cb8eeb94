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
    'rembours* NEAR/3 (retard OR attente)',
    '“Acme Rocket” OR «Acme Rocket»',
  ])('accepts %s', (query) => {
    expect(queryError(query)).toBeNull();
  });

  const term = (...words: string[]) => ({ kind: 'term', term: { words, prefix: '', stem: false } });

  it('reads juxtaposition as AND and binds AND tighter than OR', () => {
    expect(parseQuery('a b OR c')).toEqual({ kind: 'or', children: [{ kind: 'and', children: [term('a'), term('b')] }, term('c')] });
  });

  it('binds NEAR tighter than AND', () => {
    expect(parseQuery('a NEAR/2 b c')).toEqual({
      kind: 'and',
      children: [{ kind: 'near', distance: 2, left: term('a'), right: term('b') }, term('c')],
    });
  });

  it.each([
    ['rembours*', { words: ['rembours'], prefix: '', stem: true }],
    ['#SocieteGenerale', { words: ['societegenerale'], prefix: '#', stem: false }],
    ['“Société Générale”', { words: ['societe', 'generale'], prefix: '', stem: false }],
    ['«service client»', { words: ['service', 'client'], prefix: '', stem: false }],
    ["l'Acme", { words: ['l', 'acme'], prefix: '', stem: false }],
    ['=Pâté', { words: ['pate'], prefix: '', stem: false, accents: ['pâté'] }],
    ['="Société Générale"', { words: ['societe', 'generale'], prefix: '', stem: false, accents: ['société', 'générale'] }],
  ])('reads the term %s', (query, expected) => {
    expect(parseQuery(query)).toEqual({ kind: 'term', term: expected });
  });

  it.each([
    ['"Acme', 'Quote', 5, ''],
    ['(Acme OR Rocket', 'Paren', 15, ''],
    ['Acme)', 'Unexpected', 4, ')'],
    ['Acme OR', 'Term', 7, ''],
    ['OR Acme', 'Term', 0, 'OR'],
    ['-job', 'AllExcluded', 0, ''],
    ['Acme OR -job', 'AllExcluded', 0, ''],
    ['re*', 'Stem', 0, 're*'],
    ['Acme NEAR Rocket', 'NearDistance', 5, 'NEAR'],
    ['Acme NEAR/0 Rocket', 'NearDistance', 5, 'NEAR/0'],
    ['Acme NEAR/3 -job', 'NearOperand', 12, 'NOT'],
    ['Acme NEAR/3 (a b)', 'NearOperand', 12, 'AND'],
    ['Acme NEAR/3', 'Term', 11, ''],
    ['NOT Acme', 'AllExcluded', 0, ''],
    ['Acme --', 'NoLetters', 6, '-'],
    ['Acme ...', 'NoLetters', 5, '...'],
    ['', 'Term', 0, ''],
  ])('refuses %j: %s at %i', (query, code, position, token) => {
    const error = queryError(query);
    expect(error).toMatchObject({ code, position, token });
  });

  it.each([
    ['"Acme', 'closing quote " expected (at character 6)'],
    ['(Acme OR Rocket', ') expected (at character 16)'],
    ['Acme)', 'unexpected ) (at character 5)'],
    ['Acme OR', 'a term, a "phrase" or ( expected (at character 8)'],
    ['Acme --', 'nothing to look for in - (at character 7)'],
    ['Acme OR -job', 'every alternative needs a term that is not excluded (at character 1)'],
    ['Acme NEAR/99 Rocket', 'NEAR needs a distance from 1 to 50, like NEAR/3 NEAR/99 (at character 6)'],
    ['Acme NEAR/2 (a b)', 'NEAR joins words, phrases or (a OR b) groups, not AND (at character 13)'],
    ['ac*', 'a stem needs at least 3 letters before * ac* (at character 1)'],
  ])('explains %j: %s', (query, message) => {
    expect(queryError(query)?.message).toBe(message);
  });
});
