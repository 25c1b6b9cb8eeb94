import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PorteParoleDb } from '@/utils/db/database';
import { recordInteraction } from '@/utils/db/interactions';
import { listInbox, recordMention } from '@/utils/db/mentions';
import { makeInteraction, makeMention } from '../fixtures';

let n = 0;
const triage = (urgency: number, kind: 'question' | 'complaint' | 'praise' = 'question') =>
  ({ lang: 'fr', sentiment: 'neu', kind, toxicity: 0, urgency }) as const;

describe('mentions', () => {
  let db: PorteParoleDb;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps one row per post, with the first sighting’s time, across tabs and visits', async () => {
    db = new PorteParoleDb(`mentions-${++n}`);
    expect(await recordMention(db, makeMention(1, { at: 2000 }))).toBe('new');
    // The same post seen again, from another tab, earlier and later.
    expect(await recordMention(db, makeMention(1, { id: crypto.randomUUID(), at: 1000 }))).toBe('seen');
    expect(await recordMention(db, makeMention(1, { id: crypto.randomUUID(), at: 5000 }))).toBe('seen');
    const rows = await db.mentions.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'web|https://blog.example/posts/1', firstSeen: 1000, lastSeen: 5000, handled: 0 });
  });

  it('lists the inbox most urgent first, filtered, without what was handled', async () => {
    db = new PorteParoleDb(`mentions-${++n}`);
    await recordMention(db, makeMention(1, { triage: triage(0.2) }));
    await recordMention(db, makeMention(2, { triage: triage(0.9, 'complaint'), platform: 'x', postId: 'x-2' }));
    await recordMention(db, makeMention(3, { triage: triage(0.5, 'complaint'), matchedQueries: ['rocket'] }));
    await recordMention(db, makeMention(4, { triage: triage(0.7, 'praise') }));
    const ids = async (filter = {}) => (await listInbox(db, filter)).map((m) => m.author);
    expect(await ids()).toEqual(['Author 2', 'Author 4', 'Author 3', 'Author 1']);
    expect(await ids({ kind: 'complaint' })).toEqual(['Author 2', 'Author 3']);
    expect(await ids({ platform: 'x' })).toEqual(['Author 2']);
    expect(await ids({ query: 'rocket' })).toEqual(['Author 3']);

    await recordInteraction(db, makeInteraction(9, { postId: 'https://blog.example/posts/4', at: Date.UTC(2026, 10, 22, 8, 5, 4) }));
    expect(await ids()).toEqual(['Author 2', 'Author 3', 'Author 1']);
  });

  it('marks the mention handled by its first interaction and records the response time', async () => {
    db = new PorteParoleDb(`mentions-${++n}`);
    await recordMention(db, makeMention(1, { at: 1_000 }));
    await recordInteraction(db, makeInteraction(1, { postId: 'https://blog.example/posts/1', at: 61_000, action: 'dm' }), 62_000);
    await recordInteraction(db, makeInteraction(2, { postId: 'https://blog.example/posts/1', at: 99_000, action: 'replied' }), 99_500);
    expect(await db.mentions.get('web|https://blog.example/posts/1')).toMatchObject({ handled: 1, handledAt: 61_000, handledAction: 'dm' });
    expect((await db.interactions.get(makeInteraction(1).id))?.responseMs).toBe(60_000);
    // An interaction with a post never seen as a mention has no response time.
    await recordInteraction(db, makeInteraction(3, { postId: 'elsewhere' }));
    expect((await db.interactions.get(makeInteraction(3).id))?.responseMs).toBeUndefined();
  });

  it('migrates a version 1 database forward, keeping its interactions', async () => {
    const name = `mentions-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ interactions: 'id, at, action, platform, [action+at], [platform+at]' });
    await v1.table('interactions').add({ ...makeInteraction(1), recordedAt: 5 });
    v1.close();
    db = new PorteParoleDb(name);
    expect(await db.interactions.toArray()).toEqual([{ ...makeInteraction(1), recordedAt: 5 }]);
    expect(await recordMention(db, makeMention(1))).toBe('new');
    expect(db.verno).toBe(2);
  });
});
