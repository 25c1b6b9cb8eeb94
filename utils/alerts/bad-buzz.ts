import type { MentionRow } from '../db/database';

/** When negative or toxic mentions of a query come much faster than usual (settings). */
export interface BuzzSettings {
  enabled: boolean;
  /** The recent window, in minutes (the last hour). */
  windowMinutes: number;
  /** The usual rate is measured over this many hours before the window. */
  baselineHours: number;
  /** How many times the usual hourly rate makes a bad buzz. */
  ratio: number;
  /** At least this many negative or toxic mentions in the window: two posts are not a crisis. */
  floor: number;
}

export const DEFAULT_BUZZ: BuzzSettings = { enabled: true, windowMinutes: 60, baselineHours: 12, ratio: 3, floor: 5 };

export interface Buzz {
  queryId: string;
  /** Negative or toxic mentions in the window. */
  recent: number;
  /** The same, per window, over the baseline. */
  usual: number;
}

/** A mention that counts towards a bad buzz: negative, toxic, or rated toxic by the model. */
export const isHostile = (m: Pick<MentionRow, 'triage'>) => m.triage.sentiment === 'neg' || m.triage.kind === 'toxic' || m.triage.toxicity >= 0.5;

/**
 * The watch queries in a bad buzz at `now`: at least `floor` hostile mentions first seen in
 * the window, and more than `ratio` times their usual rate (the baseline's, per window;
 * a quiet baseline counts as one mention per baseline so a first burst can alert).
 */
export function badBuzz(mentions: ReadonlyArray<Pick<MentionRow, 'firstSeen' | 'matchedQueries' | 'triage'>>, now: number, s: BuzzSettings): Buzz[] {
  if (!s.enabled) return [];
  const window = s.windowMinutes * 60_000;
  const windowStart = now - window;
  const baselineStart = windowStart - s.baselineHours * 3_600_000;
  const recent = new Map<string, number>();
  const before = new Map<string, number>();
  for (const m of mentions) {
    if (!isHostile(m) || m.firstSeen < baselineStart || m.firstSeen > now) continue;
    const into = m.firstSeen >= windowStart ? recent : before;
    for (const q of m.matchedQueries) into.set(q, (into.get(q) ?? 0) + 1);
  }
  const windows = (s.baselineHours * 60) / s.windowMinutes;
  const buzz: Buzz[] = [];
  for (const [queryId, count] of recent) {
    const usual = Math.max(before.get(queryId) ?? 0, 1) / windows;
    if (count >= s.floor && count > s.ratio * usual) buzz.push({ queryId, recent: count, usual: Math.round(usual * 100) / 100 });
  }
  return buzz.sort((a, b) => b.recent - a.recent);
}

/** The episodes in progress: one alert per query until its rate falls back. */
export interface BuzzState {
  active: Record<string, { since: number; recent: number }>;
}

/**
 * What changes with a new reading: the episodes that start (to announce once), and the
 * state to keep (episodes that ended are dropped, so a later burst alerts again).
 */
export function nextEpisodes(state: BuzzState, buzz: readonly Buzz[], now: number): { started: Buzz[]; state: BuzzState } {
  const active: BuzzState['active'] = {};
  const started: Buzz[] = [];
  for (const b of buzz) {
    const ongoing = state.active[b.queryId];
    active[b.queryId] = { since: ongoing?.since ?? now, recent: b.recent };
    if (!ongoing) started.push(b);
  }
  return { started, state: { active } };
}
