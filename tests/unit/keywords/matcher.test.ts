import { describe, expect, it } from 'vitest';
import { compileQueries } from '@/utils/keywords/matcher';

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
    ['Orange', 'Mon forfait Orange a sauté', true],
    ['Orange', 'Une orangeade bien fraîche', false],
    ['Orange', "L’Orange de ma fille", true],
    ['"Acme Corp"', 'Merci #AcmeCorp !', true],
    ['#AcmeCorp', 'Merci #AcmeCorp !', true],
    ['acmecorp', 'Merci #AcmeCorp !', true],
    ['#AcmeCorp', 'Merci Acme Corp !', false],
    ['rembours*', 'Toujours pas remboursé', true],
    ['rembours*', 'Le REMBOURSEMENT traîne', true],
    ['rembours*', 'rembo', false],
    ['"service client*"', 'le service clientèle dort', true],
    ['retard NEAR/2 livraison', 'un retard de ma livraison', true],
    ['retard NEAR/2 livraison', 'livraison reçue sans aucun retard', false],
    ['retard NEAR/3 livraison', 'livraison reçue sans aucun retard', true],
    ['rembours* NEAR/3 (retard OR attente)', 'Remboursement en attente depuis mai', true],
    ['Acme', 'Ac\u00ADme soft hyphen', true],
    ['Pâté', 'un PATE maison', true],
    ['Acme', 'Acme™ et ℡Acme', true],
    ['tm', 'Acme™', false],
    ['=Pâté', 'un PÂTÉ maison', true],
    ['=Pâté', 'un pate maison', false],
    ['="Société Générale"', 'la Société Générale', true],
    ['="Société Générale"', 'la Societe Generale', false],
    ['=Réduc*', 'une réduction', true],
    ['=Réduc*', 'une reduction', false],
    ['=#Pâté', 'vive #PâtéCorp', false],
    ['=#PâtéCorp', 'vive #PâtéCorp', true],
    // A post's word is looked up only when its first letter and length are those of a
    // query word (lengths from 63 on counted as one) or its first letter that of a stem.
    ['a'.repeat(70), `x ${'A'.repeat(70)} y`, true],
    ['a'.repeat(70), `x ${'a'.repeat(64)} y`, false],
    ['a'.repeat(70), `x ${'a'.repeat(71)} y`, false],
    ['Éclair', 'un ECLAIR au café', true],
    ['Éclair rembours*', 'Éclair: REMBOURSÉ, enfin', true],
    ['Éclair rembours*', 'Éclair: rendu, enfin', false],
    ['"Acme Rocket"', 'the acme rocket', true],
  ])('%s in %j → %s', (query, text, expected) => {
    expect(q(query).match(text).queryIds).toEqual(expected ? ['q'] : []);
  });

  it('skips a query that does not parse instead of failing the others', () => {
    const compiled = compileQueries([
      { id: 'broken', label: 'x', color: '#000000', query: '(Acme' },
      { id: 'ok', label: 'y', color: '#000000', query: 'Acme' },
    ]);
    expect(compiled.match('Acme').queryIds).toEqual(['ok']);
  });

  const brand = compileQueries([
    { id: 'sg', label: 'SG', color: '#000000', query: '("Société Générale" OR @SocGen OR #SocieteGenerale) -"générale de" -job' },
  ]);
  it.each([
    ['Ma carte Société Générale est bloquée', true],
    ['merci @SocGen pour la réponse', true],
    ['#SocieteGenerale encore en panne', true],
    ['Assemblée générale de la Société Générale', false],
    ['Société Générale recrute: job à Paris', false],
    ['la société générale des eaux', true],
  ])('brand query on %j → %s', (text, expected) => {
    expect(brand.match(text).queryIds).toEqual(expected ? ['sg'] : []);
  });
});

describe('Matcher.match', () => {
  const matcher = compileQueries([
    { id: 'brand', label: 'Acme', color: '#d9480f', query: 'Acme OR @acme' },
    { id: 'rocket', label: 'Rocket', color: '#1971c2', query: '"Acme Rocket" -job' },
    { id: 'refund', label: 'Refund', color: '#000000', query: 'rembours*' },
  ]);

  it('lists every query a text mentions, in query order, with the words to highlight', () => {
    const text = 'Mon Acme Rocket, toujours pas remboursée @acme';
    const result = matcher.match(text);
    expect(result.queryIds).toEqual(['brand', 'rocket', 'refund']);
    expect(result.hits.map((h) => `${h.queryId}:${text.slice(h.start, h.end)}`)).toEqual([
      'brand:Acme',
      'brand:@acme',
      'rocket:Acme Rocket',
      'refund:remboursée',
    ]);
  });

  it('highlights nothing of an excluded term', () => {
    const result = compileQueries([{ id: 'q', label: 'q', color: '#000000', query: 'Acme -(job offer)' }]).match('Acme job');
    expect(result.hits).toHaveLength(1);
  });

  it('returns the same empty result for a text that mentions nothing', () => {
    expect(matcher.match('nothing to see here')).toEqual({ queryIds: [], hits: [] });
    expect(compileQueries([]).match('Acme')).toEqual({ queryIds: [], hits: [] });
  });
});
