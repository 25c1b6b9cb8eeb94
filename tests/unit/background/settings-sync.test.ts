import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSettingsSync, TEAM_SYNC_MINUTES } from '@/utils/background/settings-sync';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { savePersonal } from '@/utils/config/settings';
import { configItem, syncStateItem, teamItem } from '@/utils/config/storage-items';

const TEAM = { version: 1, brand: { name: 'Acme' }, queries: [], replies: [{ id: 'team-1', title: 'T', category: 'question', lang: 'fr', text: 'Bonjour {author}' }] };

describe('registerSettingsSync', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps one team alarm across worker restarts, and fetches the team source when it rings', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => true) as typeof fakeBrowser.permissions.contains;
    const fetch = vi.fn(async () => new Response(JSON.stringify(TEAM), { headers: { 'content-type': 'application/json', etag: '"1"' } }));
    vi.stubGlobal('fetch', fetch);

    registerSettingsSync();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('porte-parole-team-sync')).toMatchObject({ periodInMinutes: TEAM_SYNC_MINUTES }));
    const first = (await fakeBrowser.alarms.get('porte-parole-team-sync'))!.scheduledTime;
    registerSettingsSync(); // the worker started again
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.alarms.get('porte-parole-team-sync'))!.scheduledTime).toBe(first);

    await savePersonal({ config: BUILT_IN_CONFIG, teamUrl: 'https://team.example/pp.json' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'porte-parole-team-sync', scheduledTime: Date.now(), persistAcrossSessions: true } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    await vi.waitFor(async () => expect((await configItem.getValue()).replies[0]).toMatchObject({ id: 'team-1', origin: 'team' }));
    expect(fetch).toHaveBeenCalledWith('https://team.example/pp.json', expect.anything());
    expect((await teamItem.getValue())?.etag).toBe('"1"');
  });

  it('pushes the personal settings to storage.sync after an edit', async () => {
    registerSettingsSync();
    await savePersonal({ config: { ...BUILT_IN_CONFIG, brand: { ...BUILT_IN_CONFIG.brand, agent: 'Sam' } }, teamUrl: '' });
    await vi.waitFor(async () => expect(await syncStateItem.getValue()).toMatchObject({ status: 'synced' }), { timeout: 5000 });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('pp.meta');
  });
});
