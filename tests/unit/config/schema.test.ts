import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { parseConfig } from '@/utils/config/schema';

const example = JSON.parse(readFileSync('tests/fixtures/config.example.json', 'utf8'));

describe('parseConfig', () => {
  it('accepts the shared example file as it is', () => {
    const parsed = parseConfig(example);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.replies.map((r) => r.id)).toEqual(['thanks-fr', 'thanks-en', 'complaint-fr', 'question-en']);
    expect(parsed.ok && parsed.value.replies[2]!.platforms).toEqual({ x: example.replies[2].platforms.x });
  });

  it('accepts the built-in configuration', () => {
    expect(parseConfig(BUILT_IN_CONFIG)).toEqual({ ok: true, value: BUILT_IN_CONFIG });
  });

  it('fills the optional parts and drops unknown keys', () => {
    const parsed = parseConfig({
      version: 1,
      brand: { name: 'Acme', secret: 1 },
      queries: [{ id: 'q', label: 'Acme', query: 'Acme', extra: true }],
      replies: [],
      future: 'field',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        version: 1,
        brand: { name: 'Acme', agent: '', handles: [] },
        queries: [{ id: 'q', label: 'Acme', color: '#d9480f', query: 'Acme' }],
        replies: [],
        tone: { forbidden: [] },
      },
    });
  });

  const withReply = (overrides: object) => ({ ...example, replies: [example.replies[0], { ...example.replies[1], ...overrides }] });
  it.each([
    ['a newer version', { ...example, version: 2 }, 'version: must be 1'],
    ['a reply in German', withReply({ lang: 'de' }), /^replies\[1\]\.lang: /],
    ['an unknown category', withReply({ category: 'rant' }), /^replies\[1\]\.category: /],
    ['an empty text', withReply({ text: '   ' }), 'replies[1].text: must not be empty'],
    ['a translation in the element’s own language', withReply({ translations: { en: { text: 'Hi' } } }), 'replies[1].translations: must be in the other language than the element'],
    ['an unknown platform variant', withReply({ platforms: { myspace: 'hi' } }), /^replies\[1\]\.platforms\.myspace/],
    ['a bad colour', { ...example, queries: [{ ...example.queries[0], color: 'orange' }] }, 'queries[0].color: must be a colour like #d9480f'],
    ['an id with spaces', { ...example, queries: [{ ...example.queries[0], id: 'my query' }] }, /^queries\[0\]\.id: use letters/],
    ['no brand', { ...example, brand: undefined }, /^brand: /],
    ['a query that does not parse', { ...example, queries: [{ ...example.queries[0], query: '(Acme OR' }] }, 'queries[0].query: a term, a "phrase" or ( expected (at character 9)'],
    ['not an object', 'Acme', /Invalid type/],
  ])('refuses %s, naming the field', (_label, input, error) => {
    const parsed = parseConfig(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('reads a 5,000-element file in well under a second', () => {
    const replies = Array.from({ length: 5000 }, (_, i) => ({
      ...example.replies[i % example.replies.length],
      id: `r-${i}`,
      lang: 'fr',
      translations: { en: { text: 'Thanks {author}! {agent}', platforms: { x: 'Thanks {author}' } } },
    }));
    const started = performance.now();
    const parsed = parseConfig({ ...example, replies });
    const ms = performance.now() - started;
    console.log(`parseConfig: 5,000 elements in ${ms.toFixed(0)} ms`);
    expect(parsed.ok && parsed.value.replies).toHaveLength(5000);
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ['an unknown variable', { text: 'Hi {autor}' }, 'replies[1].text: unknown variable {autor}'],
    ['an unknown variable in a translation', { translations: { fr: { text: 'Salut {qui}' } } }, 'replies[1].translations.fr.text: unknown variable {qui}'],
    ['a custom variable the file defines', { text: 'Call {hotline}' }, null],
  ])('checks the variables of every text: %s', (_label, patch, error) => {
    const parsed = parseConfig({ ...withReply(patch), variables: { hotline: '0800 123 456' } });
    expect(parsed.ok ? null : parsed.error).toBe(error);
  });

  it.each([
    ['a built-in name', { author: 'x' }, /^variables\.author: is a built-in variable/],
    ['a name with capitals', { Hotline: 'x' }, /^variables\.Hotline: a variable name is lower-case/],
  ])('refuses a custom variable with %s', (_label, variables, error) => {
    const parsed = parseConfig({ ...example, variables });
    expect(!parsed.ok && parsed.error).toMatch(error);
  });
});
