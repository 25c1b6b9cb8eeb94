import { browser } from 'wxt/browser';
import { syncStateItem, teamItem } from '../config/storage-items';
import { createSyncWriter, type SyncArea } from '../sync/chunked-store';
import { pullPersonal, pushPersonal, SYNC_PREFIX } from '../sync/personal-sync';
import { syncTeamSource } from '../sync/team-sync';

const TEAM_ALARM = 'porte-parole-team-sync';
/** How often the team source is fetched (a conditional request: cheap when unchanged). */
export const TEAM_SYNC_MINUTES = 30;
/** A worker restart fetches again only if the last attempt is older than this. */
const TEAM_SYNC_ON_START_MS = 5 * 60_000;

/**
 * Keeps the settings in sync: the personal ones to and from `storage.sync`, the team's
 * from its source on start, on a schedule and on demand. Listeners are added
 * synchronously (a stopped worker is woken by these events only if they were).
 * Returns the on-demand team sync for the message handler.
 */
export function registerSettingsSync(): () => Promise<string | null> {
  const area: SyncArea = browser.storage.sync;
  const writer = createSyncWriter({ write: () => pushPersonal(area) });
  const syncTeam = async () => {
    try {
      const state = await syncTeamSource({
        hasPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      });
      return state?.lastError ?? null;
    } catch (error) {
      return `team sync failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && 'personal' in changes) {
      // Marked first: if the worker stops before the debounced push, the next start pushes.
      void syncStateItem.setValue({ status: 'pending', at: Date.now() }).then(() => writer.schedule());
    }
    if (areaName === 'sync' && Object.keys(changes).some((key) => key.startsWith(SYNC_PREFIX))) {
      void pullPersonal(area);
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void syncTeam();
  });
  // Alarms survive worker restarts but not every browser restart: make sure it exists at
  // each start, without re-creating an existing one (that would push its next run back
  // 30 minutes at every restart, and a busy worker restarts often).
  void browser.alarms.get(TEAM_ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(TEAM_ALARM, { periodInMinutes: TEAM_SYNC_MINUTES, delayInMinutes: TEAM_SYNC_MINUTES });
  });

  void (async () => {
    if ((await syncStateItem.getValue())?.status === 'pending') writer.schedule();
    await pullPersonal(area);
    const team = await teamItem.getValue();
    if (!team?.lastAttemptAt || Date.now() - team.lastAttemptAt > TEAM_SYNC_ON_START_MS) await syncTeam();
  })();
  return syncTeam;
}
