import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type HandlerDeps } from '@/utils/background/handle-message';
import { registerBackground } from '@/utils/background/register';
import { PorteParoleDb } from '@/utils/db/database';
import { makeInteraction, makeMention } from '../fixtures';

const EXTENSION_ID = 'our-id';
const contentScript = { id: EXTENSION_ID, tab: { id: 7 }, url: 'https://x.com/home' };
const record = (n: number) => ({ type: 'interaction.record', interaction: makeInteraction(n) });

let n = 0;
describe('handleMessage', () => {
  let deps: HandlerDeps & {
    announceChange: ReturnType<typeof vi.fn<() => void>>;
    setBadge: ReturnType<typeof vi.fn<(tabId: number, count: number) => Promise<void>>>;
  };
  beforeEach(() => {
    deps = {
      db: new PorteParoleDb(`handler-${++n}`),
      extensionId: EXTENSION_ID,
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      announceChange: vi.fn<() => void>(),
      setBadge: vi.fn(async () => undefined),
      syncTeam: vi.fn(async () => null),
    };
  });
  afterEach(() => deps.db.delete());

  it('stores a valid record, acknowledges it and announces the change', async () => {
    expect(await handleMessage(record(1), contentScript, deps)).toEqual({ ok: true });
    expect(await deps.db.interactions.count()).toBe(1);
    expect(deps.announceChange).toHaveBeenCalledTimes(1);
  });

  it('acknowledges a re-sent record without a second row or announcement', async () => {
    await handleMessage(record(1), contentScript, deps);
    expect(await handleMessage(record(1), contentScript, deps)).toEqual({ ok: true });
    expect(await deps.db.interactions.count()).toBe(1);
    expect(deps.announceChange).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an unknown type', { type: 'interactions.clear' }, /^Unknown message type/],
    ['a malformed record', { type: 'interaction.record', interaction: { ...makeInteraction(1), action: 'deleted' } }, /interaction\.action/],
    ['no object at all', 'hello', /^Unknown message type/],
  ])('refuses %s with a clear error and writes nothing', async (_label, raw, error) => {
    const ack = await handleMessage(raw, contentScript, deps);
    expect(ack).toEqual({ ok: false, error: expect.stringMatching(error), retry: false });
    expect(await deps.db.interactions.count()).toBe(0);
    expect(deps.announceChange).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not Porte-Parole and writes nothing', async () => {
    const ack = await handleMessage(record(1), { id: 'another-extension', tab: { id: 7 } }, deps);
    expect(ack).toEqual({ ok: false, error: expect.stringContaining('Refused'), retry: false });
    expect(await deps.db.interactions.count()).toBe(0);
  });

  it('asks for a retry when the database fails, and says when the disk is full', async () => {
    const onStorageFull = vi.fn(async () => undefined);
    vi.spyOn(deps.db.interactions, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const ack = await handleMessage(record(1), contentScript, { ...deps, onStorageFull });
    expect(ack).toMatchObject({ ok: false, retry: true });
    expect(!ack?.ok && ack?.error).toMatch(/Could not store/);
    expect(onStorageFull).toHaveBeenLastCalledWith(true);
    // The outbox sends it again once there is room: stored, and the notice goes.
    expect(await handleMessage(record(1), contentScript, { ...deps, onStorageFull })).toEqual({ ok: true });
    expect(onStorageFull).toHaveBeenLastCalledWith(false);
  });
});

/** Fresh handler dependencies; `syncTeam` answers with this error (null: success). */
const deps = (teamError: string | null = null) => ({
  db: new PorteParoleDb('handler-deps'),
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
  announceChange: vi.fn(),
  setBadge: vi.fn(async () => undefined),
  syncTeam: vi.fn(async (): Promise<string | null> => teamError),
});

describe('handleMessage: the mention badge', () => {

  it('shows the count of the tab that sent it', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'mentions.count', count: 3 }, contentScript, d)).toEqual({ ok: true });
    expect(d.setBadge).toHaveBeenCalledWith(7, 3);
  });

  it.each([
    ['from a page that is not a tab', { type: 'mentions.count', count: 3 }, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
    ['with a negative count', { type: 'mentions.count', count: -1 }, contentScript],
    ['with a fractional count', { type: 'mentions.count', count: 1.5 }, contentScript],
  ])('refuses a count %s', async (_label, raw, sender) => {
    const d = deps();
    expect(await handleMessage(raw, sender, d)).toMatchObject({ ok: false, retry: false });
    expect(d.setBadge).not.toHaveBeenCalled();
  });
});

describe('mention.seen', () => {
  it('stores a sighting once per post and announces only a new one', async () => {
    const d = deps();
    await d.db.mentions.clear();
    expect(await handleMessage({ type: 'mention.seen', mention: makeMention(1) }, contentScript, d)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'mention.seen', mention: { ...makeMention(1), id: crypto.randomUUID() } }, contentScript, d)).toEqual({ ok: true });
    expect(await d.db.mentions.count()).toBe(1);
    expect(d.announceChange).toHaveBeenCalledTimes(1);
    await d.db.delete();
  });

  it('refuses a sighting without its triage, naming the field', async () => {
    const { triage: _t, ...bare } = makeMention(1);
    expect(await handleMessage({ type: 'mention.seen', mention: bare }, contentScript, deps())).toMatchObject({
      ok: false,
      retry: false,
      error: expect.stringContaining('mention.triage'),
    });
  });
});

describe('team.sync', () => {
  const optionsPage = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` };
  it('fetches the team source for the options page and reports the error of the attempt', async () => {
    const d = deps('HTTP 500 Internal Server Error');
    expect(await handleMessage({ type: 'team.sync' }, optionsPage, d)).toEqual({ ok: false, error: 'HTTP 500 Internal Server Error', retry: true });
    expect(d.syncTeam).toHaveBeenCalledTimes(1);
  });

  it('refuses a content script asking for it', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'team.sync' }, contentScript, d)).toMatchObject({ ok: false, retry: false });
    expect(d.syncTeam).not.toHaveBeenCalled();
  });
});

describe('registerBackground', () => {
  it('answers through the registered runtime.onMessage listener', async () => {
    registerBackground();
    // fakeBrowser sends with an empty sender, which is not one of ours: the refusal
    // coming back proves the listener's answer reaches the caller.
    expect(await fakeBrowser.runtime.sendMessage(record(1))).toEqual({
      ok: false,
      error: expect.stringContaining('Refused'),
      retry: false,
    });
  });
});
