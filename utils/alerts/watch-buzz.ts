import type { PorteParoleDb } from '../db/database';
import { badBuzz, nextEpisodes, type Buzz } from './bad-buzz';
import { buzzSettingsItem, buzzStateItem } from './storage-items';

/**
 * Reads the recent mentions, updates the episodes in progress, and returns those that just
 * started (to be announced once). Called by the background after each new hostile mention.
 */
export async function checkBadBuzz(db: PorteParoleDb, now = Date.now()): Promise<Buzz[]> {
  const settings = await buzzSettingsItem.getValue();
  const since = now - settings.windowMinutes * 60_000 - settings.baselineHours * 3_600_000;
  const mentions = await db.mentions.where('firstSeen').aboveOrEqual(since).toArray();
  const { started, state } = nextEpisodes(await buzzStateItem.getValue(), badBuzz(mentions, now, settings), now);
  await buzzStateItem.setValue(state);
  return started;
}
