import { driftClass } from '../replies/drift';
import type { InteractionRow, MentionRow } from '../db/database';

/** A calendar month, local time: `2026-10` is October 2026. */
export interface Month {
  year: number;
  /** 1..12 */
  month: number;
}

export const monthRange = ({ year, month }: Month): [start: number, end: number] => [
  new Date(year, month - 1, 1).getTime(),
  new Date(year, month, 1).getTime(),
];

/** The month before the one `now` is in: the report is handed in after the month ends. */
export function lastMonth(now = new Date()): Month {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return { year: d.getFullYear(), month: d.getMonth() + 1 };
}

/** The q-quantile (0..1) of the values, linearly interpolated; null for none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const share = (part: number, whole: number): number | null => (whole ? part / whole : null);

export interface PlatformStats {
  platform: string;
  detected: number;
  handled: number;
  handledShare: number | null;
  medianResponseMs: number | null;
  p90ResponseMs: number | null;
}

export interface MonthReport {
  month: Month;
  totals: PlatformStats;
  platforms: PlatformStats[];
  /** Mentions first seen each day, by sentiment. */
  sentimentByDay: Array<{ day: string; neg: number; neu: number; pos: number }>;
  kinds: Record<string, number>;
  actions: Record<string, number>;
  escalations: Array<{ at: number; platform: string; author: string; excerpt: string; note: string; url: string }>;
  /** The approved elements used most, with how often. */
  topReplies: Array<{ replyId: string; count: number }>;
  /** Replies (replied or dm) sent as approved, edited or free text. */
  replyKinds: { approved: number; edited: number; free: number };
  /** Tone findings the managers fixed before sending, by rule. */
  avoided: Record<string, number>;
}

const count = <T>(items: readonly T[], key: (item: T) => string | undefined) => {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

const dayOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function platformStats(platform: string, mentions: readonly MentionRow[], interactions: readonly InteractionRow[]): PlatformStats {
  const handled = mentions.filter((m) => m.handled).length;
  // The response time of a mention is its first interaction's.
  const firstResponse = new Map<string, number>();
  for (const i of [...interactions].sort((a, b) => a.at - b.at)) {
    if (i.responseMs !== undefined && !firstResponse.has(`${i.platform}|${i.postId}`)) firstResponse.set(`${i.platform}|${i.postId}`, i.responseMs);
  }
  const times = [...firstResponse.values()];
  return {
    platform,
    detected: mentions.length,
    handled,
    handledShare: share(handled, mentions.length),
    medianResponseMs: quantile(times, 0.5),
    p90ResponseMs: quantile(times, 0.9),
  };
}

/**
 * The monthly report from the mentions first seen and the interactions made in the month.
 * Pure: the report page reads the rows, this does the arithmetic, the tests pin it.
 */
export function monthReport(month: Month, mentions: readonly MentionRow[], interactions: readonly InteractionRow[]): MonthReport {
  const [start, end] = monthRange(month);
  const seen = mentions.filter((m) => m.firstSeen >= start && m.firstSeen < end);
  const done = interactions.filter((i) => i.at >= start && i.at < end);
  const platforms = [...new Set([...seen.map((m) => m.platform), ...done.map((i) => i.platform)])].sort();

  const days = new Map<string, { day: string; neg: number; neu: number; pos: number }>();
  for (const m of seen) {
    const day = dayOf(m.firstSeen);
    const row = days.get(day) ?? { day, neg: 0, neu: 0, pos: 0 };
    row[m.triage.sentiment]++;
    days.set(day, row);
  }
  const replies = done.filter((i) => i.action === 'replied' || i.action === 'dm');
  const replyKinds = { approved: 0, edited: 0, free: 0 };
  for (const r of replies) replyKinds[driftClass(r.replyId ? r.drift ?? 0 : undefined)]++;
  const avoided: Record<string, number> = {};
  for (const r of replies) for (const rule of r.avoided ?? []) avoided[rule] = (avoided[rule] ?? 0) + 1;

  return {
    month,
    totals: platformStats('all', seen, done),
    platforms: platforms.map((p) => platformStats(p, seen.filter((m) => m.platform === p), done.filter((i) => i.platform === p))),
    sentimentByDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    kinds: count(seen, (m) => m.triage.kind),
    actions: count(done, (i) => i.action),
    escalations: done
      .filter((i) => i.action === 'escalated')
      .map((i) => ({ at: i.at, platform: i.platform, author: i.author, excerpt: i.excerpt, note: i.note ?? '', url: i.url }))
      .sort((a, b) => a.at - b.at),
    topReplies: Object.entries(count(replies, (r) => r.replyId))
      .map(([replyId, n]) => ({ replyId, count: n }))
      .sort((a, b) => b.count - a.count || a.replyId.localeCompare(b.replyId))
      .slice(0, 10),
    replyKinds,
    avoided,
  };
}
