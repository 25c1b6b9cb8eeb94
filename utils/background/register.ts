import { browser } from 'wxt/browser';
import { getDb } from '../db/instance';
import type { Message } from '../messages';
import { handleMessage } from './handle-message';
import { registerSettingsSync } from './settings-sync';

/**
 * Registers the background's listeners. Called synchronously from the background's
 * `main()`: a service worker woken by a message only delivers it to listeners that were
 * added during its first run.
 */
export function registerBackground(): void {
  const db = getDb();
  const syncTeam = registerSettingsSync();
  const deps = {
    syncTeam,
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    announceChange: () => {
      const changed: Message = { type: 'interactions.changed' };
      // No open popup means no receiver: that rejection is expected.
      browser.runtime.sendMessage(changed).catch(() => undefined);
    },
    setBadge: async (tabId: number, count: number) => {
      // The tab may have closed since it counted.
      await browser.action.setBadgeText({ tabId, text: count ? String(Math.min(count, 999)) : '' }).catch(() => undefined);
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#d9480f' }).catch(() => undefined);
    },
  };
  // sendResponse + `return true` rather than a returned promise: every runtime, the
  // polyfill and WXT's fakeBrowser included, delivers an answer sent that way.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (isBroadcast(raw)) return undefined;
    void handleMessage(raw, sender, deps).then(sendResponse);
    return true;
  });
}

function isBroadcast(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'interactions.changed';
}
