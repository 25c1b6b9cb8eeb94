import { afterEach, describe, expect, it } from 'vitest';
import { makeBackup, parseBackup, purgeOlderThan, restoreLog } from '@/utils/backup/backup';
import { handleMessage } from '@/utils/background/handle-message';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { personalItem } from '@/utils/config/storage-items';
import { PorteParoleDb } from '@/utils/db/database';
import { recordInteraction } from '@/utils/db/interactions';
import { recordMention } from '@/utils/db/mentions';
import { makeInteraction, makeMention } from '../fixtures';

const personal = { config: BUILT_IN_CONFIG, teamUrl: 'https://team.example/pp.json', updatedAt: 5, rev: 'r5' };
let n = 0;

describe('backup and restore', () => {
  const dbs: PorteParoleDb[] = [];
  const fresh = () => {
    const db = new PorteParoleDb(`backup-${++n}`);
    dbs.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });

  it('gives back the settings and the whole log through a JSON file', async () => {
    const source = fresh();
    await recordMention(source, makeMention(1));
    await recordInteraction(source, makeInteraction(1, { postId: makeMention(1).postId, note: 'x' }));
    const file = JSON.parse(JSON.stringify(await makeBackup(source, personal, 42)));
    const parsed = parseBackup(file);
    expect(parsed.ok).toBe(true);

    const target = fresh();
    await recordInteraction(target, makeInteraction(7));
    await restoreLog(target, parsed.ok ? parsed.value : (null as never));
    expect(await target.interactions.toArray()).toEqual(await source.interactions.toArray());
    expect(await target.mentions.toArray()).toEqual(await source.mentions.toArray());
  });

  it.each([
    ['another kind of file', (b: Record<string, unknown>) => ({ ...b, format: 'other' }), /^format: /],
    ['a record with a bad action', (b: Record<string, unknown>) => ({ ...b, interactions: [{ ...(b.interactions as object[])[0], action: 'deleted' }] }), /^interactions\[0\]\.action: /],
    ['a broken configuration', (b: Record<string, unknown>) => ({ ...b, personal: { ...(b.personal as object), config: { version: 2 } } }), /^personal\.config\.version: /],
    ['a truncated file', () => '{"format": "porte-parole-backup"', /Invalid type/],
  ])('refuses %s without touching the current data', async (_label, damage, error) => {
    const source = fresh();
    await recordInteraction(source, makeInteraction(1));
    const file = damage(JSON.parse(JSON.stringify(await makeBackup(source, personal))));
    const target = fresh();
    await recordInteraction(target, makeInteraction(9));
    await personalItem.setValue({ ...personal, rev: 'current' });
    const ack = await handleMessage({ type: 'backup.restore', backup: file }, { id: 'ext', url: 'chrome-extension://ext/options.html' }, {
      db: target, extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', announceChange: () => undefined,
      setBadge: async () => undefined, syncTeam: async () => null,
    });
    expect(ack).toMatchObject({ ok: false, retry: false, error: expect.stringMatching(error) });
    expect((await target.interactions.toArray()).map((r) => r.id)).toEqual([makeInteraction(9).id]);
    expect((await personalItem.getValue())?.rev).toBe('current');
  });

  it('purges what is older than the retention, keeping everything at 0', async () => {
    const db = fresh();
    const now = new Date(2026, 10, 25);
    await recordInteraction(db, makeInteraction(1, { at: new Date(2026, 4, 1).getTime() }));
    await recordInteraction(db, makeInteraction(2, { at: new Date(2026, 9, 1).getTime() }));
    await recordMention(db, makeMention(1, { at: new Date(2026, 4, 1).getTime() }));
    expect(await purgeOlderThan(db, 0, now)).toBe(0);
    expect(await purgeOlderThan(db, 3, now)).toBe(2);
    expect((await db.interactions.toArray()).map((r) => r.id)).toEqual([makeInteraction(2).id]);
    expect(await db.mentions.count()).toBe(0);
  });
});
