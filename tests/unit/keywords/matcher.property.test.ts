import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQueries } from '@/utils/keywords/matcher';
import { tokenize, type Token } from '@/utils/keywords/normalize';
import { parseQuery, queryError, type QueryNode, type Term } from '@/utils/keywords/query';

/**
 * The reference: the query language's meaning written as plainly as possible — every
 * term searched by a linear scan over the words, no index, no candidate filtering.
 */
function referenceMatch(query: string, text: string): boolean {
  const { words, aliases } = tokenize(text);
  const wordMatches = (token: Token, want: string, stem: boolean) => (stem ? token.word.startsWith(want) : token.word === want);
  const occurrences = (term: Term): [number, number][] => {
    const found: [number, number][] = [];
    const last = term.words.length - 1;
    if (last === 0) {
      for (const t of words) if ((!term.prefix || t.prefix === term.prefix) && wordMatches(t, term.words[0]!, term.stem)) found.push([t.pos, t.pos]);
      for (const a of aliases) if ((!term.prefix || a.prefix === term.prefix) && wordMatches(a, term.words[0]!, term.stem)) found.push([a.pos, a.pos + a.span - 1]);
      return found;
    }
    for (let i = 0; i + last < words.length; i++) {
      if (term.prefix && words[i]!.prefix !== term.prefix) continue;
      if (term.words.every((w, k) => wordMatches(words[i + k]!, w, term.stem && k === last))) found.push([i, i + last]);
    }
    return found;
  };
  const spans = (node: QueryNode): [number, number][] => {
    if (node.kind === 'term') return occurrences(node.term);
    if (node.kind === 'or') return node.children.flatMap(spans);
    if (node.kind === 'near') return nearPairs(node).map(([a, b]) => [Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
    return [];
  };
  const nearPairs = (node: Extract<QueryNode, { kind: 'near' }>) =>
    spans(node.left).flatMap((a) =>
      spans(node.right)
        .filter((b) => {
          const gap = a[1] < b[0] ? b[0] - a[1] - 1 : b[1] < a[0] ? a[0] - b[1] - 1 : -1;
          return gap >= 0 && gap <= node.distance;
        })
        .map((b) => [a, b] as const),
    );
  const holds = (node: QueryNode): boolean => {
    switch (node.kind) {
      case 'term':
        return occurrences(node.term).length > 0;
      case 'not':
        return !holds(node.child);
      case 'and':
        return node.children.every(holds);
      case 'or':
        return node.children.some(holds);
      case 'near':
        return nearPairs(node).length > 0;
    }
  };
  return holds(parseQuery(query));
}

const WORDS = ['acme', 'rocket', 'corp', 'remboursement', 'retard', 'job', 'livraison'];
const TEXT_PIECES = [
  ...WORDS, 'Acmé', 'ACME', 'l’Acme', "d'Acme", '#AcmeCorp', '@acme', '#acme', '#AcmeRocket', 'Acmeville',
  'remboursée', 'Rocket2026', 'œuvre', '🎉', 'the', 'de', 'et', 'Acme™', '½', '℡', 'Ac\u200Bme', '#acme_corp', 'ＡＣＭＥ',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '! ', '\n', ' — ', '… '];

const text = fc
  .array(fc.tuple(fc.constantFrom(...TEXT_PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));

const termSource = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((w) => `${w.slice(0, 4)}*`),
  fc.constantFrom('@acme', '#acme', '#acmecorp', 'acmecorp'),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `"${a} ${b}"`),
);

const query: fc.Arbitrary<string> = fc.letrec<{ q: string; near: string }>((tie) => ({
  near: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    termSource,
    fc.tuple(tie('near'), fc.integer({ min: 1, max: 4 }), tie('near')).map(([a, n, b]) => `(${a} NEAR/${n} ${b})`),
    fc.tuple(termSource, termSource).map(([a, b]) => `(${a} OR ${b})`),
  ),
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('near'),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `(${a} ${b})`),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `(${a} OR ${b})`),
    fc.tuple(tie('q'), termSource).map(([a, b]) => `${a} -${b}`),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `(${a} AND NOT ${b})`),
  ),
})).q.filter((q) => queryError(q) === null);

describe('the compiled matcher', () => {
  it('agrees with the reference on random texts and queries', () => {
    let matched = 0;
    let unmatched = 0;
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 4 }), text, (queries, sample) => {
        const matcher = compileQueries(queries.map((q, i) => ({ id: `q${i}`, label: q, color: '#000000', query: q })));
        const expected = queries.flatMap((q, i) => (referenceMatch(q, sample) ? [`q${i}`] : []));
        expect(matcher.match(sample).queryIds).toEqual(expected);
        matched += expected.length;
        unmatched += queries.length - expected.length;
      }),
      { numRuns: 1500 },
    );
    // The generators must exercise both outcomes, or the agreement proves little.
    expect(matched).toBeGreaterThan(300);
    expect(unmatched).toBeGreaterThan(300);
  });

  it('finds at least one highlight inside the text for every query it reports', () => {
    fc.assert(
      fc.property(query, text, (q, sample) => {
        const result = compileQueries([{ id: 'q', label: q, color: '#000000', query: q }]).match(sample);
        if (result.queryIds.length === 0) return;
        expect(result.hits.length).toBeGreaterThan(0);
        for (const hit of result.hits) expect(0 <= hit.start && hit.start < hit.end && hit.end <= sample.length).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('screens with mightMatch without ever missing, even on text whose word breaks are lost', () => {
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 4 }), text, (queries, sample) => {
        const matcher = compileQueries(queries.map((q, i) => ({ id: `q${i}`, label: q, color: '#000000', query: q })));
        if (matcher.match(sample).queryIds.length === 0) return;
        expect(matcher.mightMatch(sample)).toBe(true);
        // What textContent gives for <p>…</p><p>…</p>: the same characters, glued.
        expect(matcher.mightMatch(sample.replace(/\s+/g, ''))).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('screens with screen() without ever missing: on the exact text, and wherever breaks may fall', () => {
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 4 }), text, (queries, sample) => {
        const matcher = compileQueries(queries.map((q, i) => ({ id: `q${i}`, label: q, color: '#000000', query: q })));
        if (matcher.match(sample).queryIds.length === 0) return;
        // The text is the exact reading: its word breaks are all there.
        expect(matcher.screen(sample, () => false)).toBe(true);
        expect(matcher.screen(sample)).toBe(true);
        // Glued, with the page saying where its breaks were.
        const glued = sample.replace(/\s+/g, '');
        expect(matcher.screen(glued)).toBe(true);
        let removed = 0;
        const where = new Set<number>();
        for (const m of sample.matchAll(/\s+/g)) {
          where.add(m.index - removed);
          removed += m[0].length;
        }
        expect(matcher.screen(glued, (from, to = from) => [...where].some((o) => from <= o && o <= to))).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
