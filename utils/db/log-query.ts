import { normalizeText } from '../keywords/normalize';
import type { InteractionAction } from '../messages';
import type { InteractionRow, PorteParoleDb } from './database';

export interface LogFilter {
  /** Inclusive range on the interaction's time (ms). */
  from?: number;
  to?: number;
  platform?: string;
  action?: InteractionAction;
  kind?: string;
  sentiment?: string;
  /** Words that must all appear (any case, any accent) in the author, the post or the reply. */
  search?: string;
}

/** Where the previous page ended: the next one starts strictly before it. */
export interface LogCursor {
  at: number;
  id: string;
}

/**
 * One page of the log, newest first, read from the index that fits the filter best
 * ([action+at] or [platform+at], else `at`), from the cursor on: with 100,000 records only
 * the rows of this page (and those the filters skip) are read.
 */
export async function queryLog(db: PorteParoleDb, filter: LogFilter = {}, limit = 50, after?: LogCursor): Promise<InteractionRow[]> {
  const to = Math.min(filter.to ?? Number.MAX_SAFE_INTEGER, after?.at ?? Number.MAX_SAFE_INTEGER);
  const from = filter.from ?? 0;
  const table = db.interactions;
  const collection = filter.action
    ? table.where('[action+at]').between([filter.action, from], [filter.action, to], true, true)
    : filter.platform
      ? table.where('[platform+at]').between([filter.platform, from], [filter.platform, to], true, true)
      : table.where('at').between(from, to, true, true);
  const words = normalizeText(filter.search ?? '').split(/\s+/).filter(Boolean);
  return collection
    .reverse()
    .filter((row) => {
      // Rows at the cursor's time that the previous page already showed.
      if (after && row.at === after.at && row.id >= after.id) return false;
      if (filter.platform && row.platform !== filter.platform) return false;
      if (filter.kind && row.triage?.kind !== filter.kind) return false;
      if (filter.sentiment && row.triage?.sentiment !== filter.sentiment) return false;
      if (words.length) {
        const haystack = normalizeText(`${row.author} ${row.excerpt} ${row.text} ${row.note ?? ''}`);
        if (!words.every((w) => haystack.includes(w))) return false;
      }
      return true;
    })
    .limit(limit)
    .toArray();
}
