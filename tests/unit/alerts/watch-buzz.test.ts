import { afterEach, describe, expect, it } from 'vitest';
import { buzzStateItem } from '@/utils/alerts/storage-items';
import { checkBadBuzz } from '@/utils/alerts/watch-buzz';
import { PorteParoleDb } from '@/utils/db/database';
import { recordMention } from '@/utils/db/mentions';
import { makeMention } from '../fixtures';

const NOW = Date.UTC(2026, 10, 25, 12);
const neg = { lang: 'fr', sentiment: 'neg', kind: 'complaint', toxicity: 0.2, urgency: 0.6 } as const;

describe('checkBadBuzz', () => {
  const db = new PorteParoleDb('buzz');
  afterEach(() => db.delete());

  it('announces a burst once per episode, from the stored mentions', async () => {
    for (let i = 0; i < 4; i++) await recordMention(db, makeMention(i, { at: NOW - i * 60_000, triage: neg }));
    expect(await checkBadBuzz(db, NOW)).toEqual([]);
    await recordMention(db, makeMention(4, { at: NOW - 5 * 60_000, triage: neg }));
    expect((await checkBadBuzz(db, NOW)).map((b) => [b.queryId, b.recent])).toEqual([['brand', 5]]);
    await recordMention(db, makeMention(5, { at: NOW, triage: neg }));
    expect(await checkBadBuzz(db, NOW)).toEqual([]);
    expect((await buzzStateItem.getValue()).active.brand?.recent).toBe(6);
    // Two hours later the burst is over: the episode ends.
    expect(await checkBadBuzz(db, NOW + 2 * 3_600_000)).toEqual([]);
    expect(await buzzStateItem.getValue()).toEqual({ active: {} });
  });
});
