import { Dexie, type EntityTable } from 'dexie';
import type { Interaction } from '../messages';

/** A handled interaction as stored: the record as sent, plus when the background wrote it. */
export interface InteractionRow extends Interaction {
  recordedAt: number;
}

/**
 * The extension's IndexedDB. Only the background writes; extension pages read. Each
 * schema change adds a `version(n)` with its upgrade, never edits an earlier one.
 */
export class PorteParoleDb extends Dexie {
  interactions!: EntityTable<InteractionRow, 'id'>;

  constructor(name = 'porte-parole') {
    super(name);
    // v1: the popup's log reads newest first, filtered by action or platform.
    this.version(1).stores({
      interactions: 'id, at, action, platform, [action+at], [platform+at]',
    });
  }
}
