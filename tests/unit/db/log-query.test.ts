import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PorteParoleDb } from '@/utils/db/database';
import { recordInteraction } from '@/utils/db/interactions';
import { queryLog, type LogCursor, type LogFilter } from '@/utils/db/log-query';
import { makeInteraction } from '../fixtures';

const T0 = Date.UTC(2026, 9, 1);
const HOUR = 3_600_000;
const db = new PorteParoleDb('log-query');

beforeAll(async () => {
  const triage = (kind: 'question' | 'complaint', sentiment: 'neg' | 'pos') => ({ lang: 'fr', sentiment, kind, toxicity: 0, urgency: 0 }) as const;
  const rows = [
    makeInteraction(1, { at: T0, action: 'replied', platform: 'x', triage: triage('question', 'pos'), text: 'Merci Léa' }),
    makeInteraction(2, { at: T0 + HOUR, action: 'dm', platform: 'web', triage: triage('complaint', 'neg') }),
    makeInteraction(3, { at: T0 + 2 * HOUR, action: 'escalated', platform: 'x', triage: triage('complaint', 'neg'), note: 'Procès annoncé' }),
    makeInteraction(4, { at: T0 + 2 * HOUR, action: 'replied', platform: 'web', triage: triage('question', 'pos'), author: 'Zoé Dupré' }),
    makeInteraction(5, { at: T0 + 30 * 24 * HOUR, action: 'ignored', platform: 'web' }),
  ];
  for (const row of rows) await recordInteraction(db, row);
});
afterAll(() => db.delete());

const authors = async (filter: LogFilter, limit = 50, after?: LogCursor) => (await queryLog(db, filter, limit, after)).map((r) => r.author);

describe('queryLog', () => {
  it.each<[string, LogFilter, string[]]>([
    ['everything, newest first', {}, ['Author 5', 'Zoé Dupré', 'Author 3', 'Author 2', 'Author 1']],
    ['an action', { action: 'replied' }, ['Zoé Dupré', 'Author 1']],
    ['a platform', { platform: 'x' }, ['Author 3', 'Author 1']],
    ['an action on a platform', { action: 'replied', platform: 'web' }, ['Zoé Dupré']],
    ['a kind', { kind: 'complaint' }, ['Author 3', 'Author 2']],
    ['a sentiment', { sentiment: 'pos' }, ['Zoé Dupré', 'Author 1']],
    ['a date range', { from: T0 + HOUR, to: T0 + 2 * HOUR }, ['Zoé Dupré', 'Author 3', 'Author 2']],
    ['words, any accent and case', { search: 'zoe dupre' }, ['Zoé Dupré']],
    ['words in a note or a reply', { search: 'proces' }, ['Author 3']],
    ['words in the reply', { search: 'MERCI lea' }, ['Author 1']],
  ])('filters by %s', async (_label, filter, expected) => {
    expect(await authors(filter)).toEqual(expected);
  });

  it('pages from a cursor without losing or repeating rows of the same time', async () => {
    const first = await queryLog(db, {}, 2);
    expect(first.map((r) => r.author)).toEqual(['Author 5', 'Zoé Dupré']);
    const cursor = { at: first[1]!.at, id: first[1]!.id };
    expect(await authors({}, 2, cursor)).toEqual(['Author 3', 'Author 2']);
    expect(await authors({ platform: 'x' }, 1, { at: T0 + 2 * HOUR, id: makeInteraction(3).id })).toEqual(['Author 1']);
  });
});
