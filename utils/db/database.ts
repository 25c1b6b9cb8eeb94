import { Dexie, type EntityTable } from 'dexie';
import type { Interaction, Mention } from '../messages';

/**
 * A handled interaction as stored: the record as sent, when the background wrote it, and
 * how long after the mention was first seen it was handled (when it was seen).
 */
export interface InteractionRow extends Interaction {
  recordedAt: number;
  responseMs?: number;
}

/**
 * The extension's IndexedDB. Only the background writes; extension pages read. Each
 * schema change adds a `version(n)` with its upgrade, never edits an earlier one.
 */
/**
 * A post that mentions a watch query, once per platform and post (`key`), however often
 * and in however many tabs it is seen. `handled` (0/1, indexable) and `urgency` order the
 * inbox; the first interaction with it sets `handledAt` and `handledAction`.
 */
export interface MentionRow extends Omit<Mention, 'id' | 'at'> {
  key: string;
  firstSeen: number;
  lastSeen: number;
  urgency: number;
  handled: 0 | 1;
  handledAt?: number;
  handledAction?: Interaction['action'];
}

export class PorteParoleDb extends Dexie {
  interactions!: EntityTable<InteractionRow, 'id'>;
  mentions!: EntityTable<MentionRow, 'key'>;

  constructor(name = 'porte-parole') {
    super(name);
    // v1: the popup's log reads newest first, filtered by action or platform.
    this.version(1).stores({
      interactions: 'id, at, action, platform, [action+at], [platform+at]',
    });
    // v2: the inbox of mentions, deduplicated by platform and post, most urgent first.
    // Existing interactions are kept as they are (v1 stored no mentions to bring over).
    this.version(2).stores({
      mentions: 'key, firstSeen, platform, [handled+urgency], [handled+firstSeen]',
    });
  }
}
