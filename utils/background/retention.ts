import { browser } from 'wxt/browser';
import { purgeOlderThan } from '../backup/backup';
import { retentionItem } from '../backup/storage-items';
import type { PorteParoleDb } from '../db/database';

const RETENTION_ALARM = 'porte-parole-retention';

/**
 * Purges records older than the retention setting once a day, and when the setting
 * changes. Listeners are added synchronously, like every background listener.
 */
export function registerRetention(db: PorteParoleDb): void {
  const purge = async () => {
    const { months } = await retentionItem.getValue();
    await purgeOlderThan(db, months).catch((error: unknown) => console.error('[Porte-Parole] purge failed:', error));
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  });
  retentionItem.watch(() => void purge());
  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
}
