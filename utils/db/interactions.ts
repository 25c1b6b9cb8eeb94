import type { Interaction } from '../messages';
import type { PorteParoleDb } from './database';
import { mentionKey } from './mentions';

/**
 * Stores an interaction once. A content script re-sends a record it has not seen
 * acknowledged, so a record already stored is a success, not a second row. In the same
 * transaction, the mention it handles leaves the inbox (the first interaction counts).
 */
export async function recordInteraction(
  db: PorteParoleDb,
  interaction: Interaction,
  now = Date.now(),
): Promise<'stored' | 'duplicate'> {
  return db.transaction('rw', db.interactions, db.mentions, async () => {
    if (await db.interactions.get(interaction.id)) return 'duplicate';
    const key = mentionKey(interaction.platform, interaction.postId);
    const mention = await db.mentions.get(key);
    const responseMs = mention ? Math.max(0, interaction.at - mention.firstSeen) : undefined;
    await db.interactions.add({ ...interaction, recordedAt: now, ...(responseMs !== undefined ? { responseMs } : {}) });
    if (mention && !mention.handled) {
      await db.mentions.update(key, { handled: 1, handledAt: interaction.at, handledAction: interaction.action });
    }
    return 'stored';
  });
}
