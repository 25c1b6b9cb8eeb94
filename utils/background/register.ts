import { browser } from 'wxt/browser';
import { getDb } from '../db/instance';
import type { Message } from '../messages';
import { checkBadBuzz } from '../alerts/watch-buzz';
import { configItem, storageFullItem } from '../config/storage-items';
import { t as i18nText } from '../i18n/t';
import { handleMessage } from './handle-message';
import { registerRetention } from './retention';
import { registerSettingsSync } from './settings-sync';

/**
 * Registers the background's listeners. Called synchronously from the background's
 * `main()`: a service worker woken by a message only delivers it to listeners that were
 * added during its first run.
 */
export function registerBackground(): void {
  const db = getDb();
  const syncTeam = registerSettingsSync();
  registerRetention(db);
  const deps = {
    syncTeam,
    onStorageFull: async (full: boolean) => {
      const flagged = await storageFullItem.getValue();
      if (full && !flagged) await storageFullItem.setValue({ at: Date.now() });
      if (!full && flagged) await storageFullItem.setValue(null);
    },
    onHostileMention: async () => {
      const started = await checkBadBuzz(db);
      const { queries } = await configItem.getValue();
      for (const buzz of started) {
        const label = queries.find((q) => q.id === buzz.queryId)?.label ?? buzz.queryId;
        // Once per episode: checkBadBuzz returns only the episodes that just started.
        await browser.notifications
          .create(`porte-parole-buzz-${buzz.queryId}`, {
            type: 'basic',
            iconUrl: browser.runtime.getURL('/icon/128.png'),
            title: i18nText('buzzTitle'),
            message: i18nText('buzzMessage', [String(buzz.recent), label]),
          })
          .catch(() => undefined);
      }
    },
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
