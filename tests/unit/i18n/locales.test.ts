import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { QUERY_SYNTAX_CODES } from '@/utils/keywords/query';
import { toneMessageKey } from '@/utils/tone/check-reply';
import { TONE_RULE_IDS } from '@/utils/tone/rules/types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const placeholders = (messages: Messages) =>
  Object.fromEntries(Object.entries(messages).map(([key, m]) => [key, m.placeholders ?? {}]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('_locales', () => {
  it('names every message as Chrome requires, or it refuses to load the extension', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('describes every tone rule', () => {
    for (const rule of TONE_RULE_IDS) expect(Object.keys(en)).toContain(toneMessageKey(rule));
  });

  it('has the same messages, with the same placeholders, in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(placeholders(fr)).toEqual(placeholders(en));
  });

  it('uses every placeholder it declares in both languages', () => {
    for (const messages of [en, fr] as Messages[]) {
      for (const [key, m] of Object.entries(messages)) {
        for (const name of Object.keys(m.placeholders ?? {})) {
          expect(m.message.toLowerCase(), key).toContain(`$${name}$`);
        }
      }
    }
  });

  it('has every message the code asks for', () => {
    const used = new Set<string>();
    for (const file of ['entrypoints', 'components', 'utils'].flatMap((dir) => sources(dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('(\w+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('explains every query syntax error in both languages', () => {
    for (const code of QUERY_SYNTAX_CODES) {
      expect(en, code).toHaveProperty(`querySyntax${code}`);
      expect(fr, code).toHaveProperty(`querySyntax${code}`);
    }
  });
});
