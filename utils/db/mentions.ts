import { Dexie } from 'dexie';
import type { Mention } from '../messages';
import type { MentionRow, PorteParoleDb } from './database';

/** One row per post: the platform and its permalink or stable id. */
export const mentionKey = (platform: string, postId: string) => `${platform}|${postId}`;

/**
 * Records a sighting of a mention: the first one creates the row, later ones (a reload,
 * another tab, the same post scrolled past again) only refresh it, keeping when it was
 * first seen. Returns whether the inbox changed.
 */
export async function recordMention(db: PorteParoleDb, mention: Mention): Promise<'new' | 'seen'> {
  const key = mentionKey(mention.platform, mention.postId);
  return db.transaction('rw', db.mentions, async () => {
    const existing = await db.mentions.get(key);
    if (existing) {
      await db.mentions.update(key, { lastSeen: Math.max(existing.lastSeen, mention.at), firstSeen: Math.min(existing.firstSeen, mention.at) });
      return 'seen';
    }
    const { id: _id, at, ...rest } = mention;
    await db.mentions.add({ ...rest, key, firstSeen: at, lastSeen: at, urgency: mention.triage.urgency, handled: 0 });
    return 'new';
  });
}

export interface InboxFilter {
  platform?: string;
  query?: string;
  kind?: string;
}

/**
 * The mentions not handled yet, most urgent first (then the oldest first), read from the
 * index a page at a time; filters apply while walking it.
 */
export function listInbox(db: PorteParoleDb, filter: InboxFilter = {}, limit = 50): Promise<MentionRow[]> {
  return db.mentions
    .where('[handled+urgency]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .reverse()
    .filter(
      (m) =>
        (!filter.platform || m.platform === filter.platform) &&
        (!filter.kind || m.triage.kind === filter.kind) &&
        (!filter.query || m.matchedQueries.includes(filter.query)),
    )
    .limit(limit)
    .toArray();
}
