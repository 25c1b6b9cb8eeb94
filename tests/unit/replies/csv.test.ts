import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { REPLY_CATEGORIES, type Reply } from '@/utils/config/schema';
import { CSV_COLUMNS, exportRepliesCsv, parseRepliesCsv } from '@/utils/replies/csv';

const HEADER = 'id,title,category,lang,text';

describe('replies as CSV', () => {
  it('reads a sheet a team writes by hand, with quotes, line breaks and variants', () => {
    const csv = [
      'id,title,category,lang,text,tags,text_x',
      'thanks-fr,Remerciement,praise,fr,"Merci {author} ! ""Top"" {agent}",merci|positif,',
      'complaint-fr,Réclamation,complaint,fr,"Bonjour {author},',
      'écrivez-nous en MP.",,"Désolés {author}, MP ?"',
    ].join('\r\n');
    expect(parseRepliesCsv(csv)).toEqual({
      ok: true,
      replies: [
        { id: 'thanks-fr', title: 'Remerciement', category: 'praise', lang: 'fr', text: 'Merci {author} ! "Top" {agent}', tags: ['merci', 'positif'] },
        { id: 'complaint-fr', title: 'Réclamation', category: 'complaint', lang: 'fr', text: 'Bonjour {author},\r\nécrivez-nous en MP.', platforms: { x: 'Désolés {author}, MP ?' } },
      ],
    });
  });

  it.each([
    ['a missing column', 'id,title,category,text\nx,T,praise,hello', 'row 1: missing column lang'],
    ['an unknown column', `${HEADER},colour\nx,T,praise,fr,hello,red`, 'row 1: unknown column colour'],
    ['a bad language', `${HEADER}\nok,T,praise,fr,hello\nbad,T,praise,de,hello`, /^row 3: lang: /],
    ['an empty text', `${HEADER}\nx,T,praise,fr,"  "`, 'row 2: text: must not be empty'],
    ['an unknown category', `${HEADER}\nx,T,rant,fr,hello`, /^row 2: category: /],
    ['a repeated id', `${HEADER}\nx,T,praise,fr,a\nx,T,praise,fr,b`, 'row 3: id: "x" appears twice'],
    ['a row with too many cells', `${HEADER}\nx,T,praise,fr,a,extra`, /^row 2: /],
  ])('refuses %s as a whole, naming the row and field', (_label, csv, error) => {
    const result = parseRepliesCsv(csv);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('writes cells a spreadsheet will not run as formulas', () => {
    const csv = exportRepliesCsv([{ ...BUILT_IN_CONFIG.replies[0]!, title: '=HYPERLINK("http://x")', text: '+33 1 23 45 67 89', tags: ['@team'] }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"'+33 1 23 45 67 89"`);
    expect(csv).toContain(`"'@team"`);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
  });

  const cell = fc
    .array(fc.oneof(fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\n', '\r\n', '\t', '|', '😀', 'é', '{author}'), fc.string({ maxLength: 8 })), { maxLength: 8 })
    .map((parts) => parts.join('').trim())
    .filter((s) => s.length > 0);
  const reply: fc.Arbitrary<Reply> = fc.record({
    id: fc.stringMatching(/^[a-z0-9][\w.-]{0,20}$/),
    title: cell,
    category: fc.constantFrom(...REPLY_CATEGORIES),
    lang: fc.constantFrom('fr', 'en'),
    text: cell,
    platforms: fc.option(fc.record({ x: cell }, { requiredKeys: [] }), { nil: undefined }),
    tags: fc.option(fc.array(cell.filter((t) => !t.includes('|') && t.length <= 40), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    version: fc.option(fc.integer({ min: 2, max: 999 }), { nil: undefined }),
    translation: fc.option(cell, { nil: undefined }),
  })
    // A translation is in the other language; undefined keys dropped, as parsing does.
    .map(({ translation, ...r }) => ({ ...r, translations: translation === undefined ? undefined : { [r.lang === 'fr' ? 'en' : 'fr']: { text: translation } } }))
    .map((r) => JSON.parse(JSON.stringify(r)) as Reply);

  it('gives back what it exported, for any text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(reply, { selector: (r) => r.id, maxLength: 6 }), (replies) => {
        const normal = replies.map((r) => ({ ...r, ...(r.platforms && Object.keys(r.platforms).length === 0 ? { platforms: undefined } : {}) }));
        const expected = JSON.parse(JSON.stringify(normal));
        expect(parseRepliesCsv(exportRepliesCsv(replies))).toEqual({ ok: true, replies: expected });
      }),
      { numRuns: 300 },
    );
  });

  it('imports 5,000 elements', () => {
    const many: Reply[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `r${i}`,
      title: `Réponse ${i}`,
      category: REPLY_CATEGORIES[i % REPLY_CATEGORIES.length]!,
      lang: i % 2 ? 'fr' : 'en',
      text: `Bonjour {author}, merci pour votre message n°${i} ! "Cordialement",\n{agent}`,
      tags: ['a', 'b'],
    }));
    const csv = exportRepliesCsv(many);
    const started = performance.now();
    const result = parseRepliesCsv(csv);
    console.log(`5,000 elements (${(csv.length / 1024).toFixed(0)} KiB) imported in ${(performance.now() - started).toFixed(0)} ms`);
    expect(result.ok && result.replies).toEqual(many);
  });
});
