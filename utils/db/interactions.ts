import type { Interaction } from '../messages';
import type { InteractionRow, PorteParoleDb } from './database';

/**
 * Stores an interaction once. A content script re-sends a record it has not seen
 * acknowledged, so a record already stored is a success, not a second row.
 */
export async function recordInteraction(
  db: PorteParoleDb,
  interaction: Interaction,
  now = Date.now(),
): Promise<'stored' | 'duplicate'> {
  return db.transaction('rw', db.interactions, async () => {
    if (await db.interactions.get(interaction.id)) return 'duplicate';
    await db.interactions.add({ ...interaction, recordedAt: now });
    return 'stored';
  });
}

/** The newest interactions first; only the page asked for is read. */
export function listInteractions(db: PorteParoleDb, limit = 50, offset = 0): Promise<InteractionRow[]> {
  return db.interactions.orderBy('at').reverse().offset(offset).limit(limit).toArray();
}
