import { describe, expect, it } from 'vitest';
import { loadPersonal, savePersonal } from '@/utils/config/settings';
import { configItem, personalItem, syncStateItem } from '@/utils/config/storage-items';
import { parseConfig, type Config } from '@/utils/config/schema';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { writeChunked } from '@/utils/sync/chunked-store';
import { pullPersonal, pushPersonal, SYNC_PREFIX } from '@/utils/sync/personal-sync';
import { QuotaSyncArea } from './quota-sync-area';
import { realisticSettings } from './settings-fixture';

const big = (count: number): Config => {
  const parsed = parseConfig(realisticSettings(count));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('personal settings in storage.sync (quotas enforced)', () => {
  it('starts from what this browser had in force, minus the team’s', async () => {
    await configItem.setValue({ ...BUILT_IN_CONFIG, replies: [{ ...BUILT_IN_CONFIG.replies[0]!, origin: 'team' }, BUILT_IN_CONFIG.replies[1]!] });
    const personal = await loadPersonal();
    expect(personal.config.replies.map((r) => r.id)).toEqual(['thanks-en']);
    expect(personal.updatedAt).toBe(0);
  });

  it('pushes the settings and another browser takes them, newer only', async () => {
    const area = new QuotaSyncArea();
    const mine = await savePersonal({ config: big(120), teamUrl: 'https://team.example/pp.json' });
    await pushPersonal(area);
    expect(await syncStateItem.getValue()).toMatchObject({ status: 'synced' });

    // The other browser: an older copy of its own, then the sync storage arrives.
    await personalItem.setValue({ config: BUILT_IN_CONFIG, teamUrl: '', updatedAt: mine.updatedAt - 1000, rev: 'older' });
    expect(await pullPersonal(area)).toBe('taken');
    const taken = await personalItem.getValue();
    expect(taken).toEqual(mine);
    expect((await configItem.getValue()).replies).toHaveLength(120);
    // Seen again (its own echo), it changes nothing.
    expect(await pullPersonal(area)).toBe('ours');
  });

  it('keeps a local edit newer than the synced copy', async () => {
    const area = new QuotaSyncArea();
    await savePersonal({ config: big(10), teamUrl: '' });
    await pushPersonal(area);
    const newer = await savePersonal({ config: big(11), teamUrl: '' });
    await personalItem.setValue({ ...newer, updatedAt: newer.updatedAt + 10_000 });
    expect(await pullPersonal(area)).toBe('ours');
    expect((await personalItem.getValue())!.config.replies).toHaveLength(11);
  });

  it('says when the settings no longer fit, keeps them whole locally and leaves the synced copy intact', async () => {
    const area = new QuotaSyncArea();
    await savePersonal({ config: big(20), teamUrl: '' });
    await pushPersonal(area);
    // Random text, which no compression shrinks much: about 400 kB.
    const noise = () => Array.from({ length: 7 }, () => crypto.randomUUID()).join(' ');
    const base = big(1500);
    const huge = await savePersonal({ config: { ...base, replies: base.replies.map((r) => ({ ...r, text: noise() })) }, teamUrl: '' });
    await pushPersonal(area);
    expect(await syncStateItem.getValue()).toMatchObject({ status: 'too-big', quota: expect.any(Number), bytes: expect.any(Number) });
    const state = await syncStateItem.getValue();
    expect(state!.bytes!).toBeGreaterThan(state!.quota!);
    expect((await personalItem.getValue())).toEqual(huge);
    expect((await configItem.getValue()).replies).toHaveLength(1500);
    // Another browser still gets the last copy that fitted.
    await personalItem.setValue(null);
    await configItem.setValue(BUILT_IN_CONFIG);
    expect(await pullPersonal(area)).toBe('taken');
    expect((await personalItem.getValue())!.config.replies).toHaveLength(20);
  });

  it('refuses a synced copy that is not a valid configuration', async () => {
    const area = new QuotaSyncArea();
    await writeChunked(area, SYNC_PREFIX, { config: { version: 2 }, teamUrl: '', updatedAt: Date.now(), rev: 'x' }, 'x');
    expect(await pullPersonal(area)).toBe('invalid');
    expect(await personalItem.getValue()).toBeNull();
  });
});
