import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/config/platforms';
import { parseConfig, REPLY_CATEGORIES, type Config } from '@/utils/config/schema';

// The configuration file as the options page exports it (JSON.stringify) and imports it
// (JSON.parse, then parseConfig): what goes out comes back, whatever the texts hold.
const piece = fc.oneof(
  fc.constantFrom('=', '+', '-', '@', "'", '"', '\\', ',', '\n', '\r\n', '\t', '😀', '👍🏽', 'é', 'œ', '«', '»', '<b>', '{author}', '{brand}', '{hotline}'),
  fc.string({ maxLength: 10 }).filter((s) => !/[{}]/.test(s)),
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')).filter((s) => s.trim() === s && s.length > 0);
const reply = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][\w.-]{0,20}$/),
    title: text,
    category: fc.constantFrom(...REPLY_CATEGORIES),
    lang: fc.constantFrom('fr' as const, 'en' as const),
    text,
    platforms: fc.option(fc.dictionary(fc.constantFrom(...PLATFORMS), text, { maxKeys: 3 }), { nil: undefined }),
    tags: fc.option(fc.array(text.filter((t) => t.length <= 40), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    version: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    translation: fc.option(text, { nil: undefined }),
  })
  .map(({ translation, ...r }) => ({ ...r, ...(translation ? { translations: { [r.lang === 'fr' ? 'en' : 'fr']: { text: translation } } } : {}) }));

describe('the configuration file', () => {
  it('gives back what it exported, for any text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(reply, { selector: (r) => r.id, maxLength: 6 }), text, (replies, agent) => {
        const config = JSON.parse(JSON.stringify({
          version: 1,
          brand: { name: 'Acme', agent: agent.slice(0, 120), handles: ['@acme'] },
          queries: [{ id: 'brand', label: 'Acme', color: '#d9480f', query: 'Acme' }],
          replies,
          tone: { forbidden: ['garanti'] },
          variables: { hotline: '0800 123 456' },
        })) as Config;
        const exported = JSON.stringify(config, null, 2);
        expect(parseConfig(JSON.parse(exported))).toEqual({ ok: true, value: config });
      }),
      { numRuns: 300 },
    );
  });
});
