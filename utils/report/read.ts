import type { PorteParoleDb } from '../db/database';
import { monthRange, type Month } from './stats';

/**
 * The rows one month's report needs, read through the time indexes: the mentions first
 * seen in the month and the interactions made in it.
 */
export async function readMonth(db: PorteParoleDb, month: Month) {
  const [start, end] = monthRange(month);
  const [mentions, interactions] = await Promise.all([
    db.mentions.where('firstSeen').between(start, end, true, false).toArray(),
    db.interactions.where('at').between(start, end, true, false).toArray(),
  ]);
  return { mentions, interactions };
}
