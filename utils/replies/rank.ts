import type { Platform } from '../config/platforms';
import type { Reply } from '../config/schema';
import { normalizeText } from '../keywords/normalize';
import type { Kind, Sentiment } from '../tone/triage/classify';

/** What the triage says a mention is. */
export type MentionKind = Kind;
export type { Sentiment };

export interface RankContext {
  lang?: 'fr' | 'en';
  platform: Platform;
  /** Ids and labels of the watch queries the post matched. */
  matched: readonly string[];
  kind?: MentionKind;
  sentiment?: Sentiment;
}

/** How well each category answers each kind of mention. */
const CATEGORY_FIT: Record<MentionKind, Partial<Record<Reply['category'], number>>> = {
  question: { question: 3, 'move-to-private': 1 },
  complaint: { complaint: 3, 'move-to-private': 2, escalation: 1, crisis: 1 },
  praise: { praise: 3, thanks: 2 },
  toxic: { troll: 3, 'move-to-private': 1 },
  spam: { troll: 1 },
  other: {},
};
const SENTIMENT_FIT: Record<Sentiment, Partial<Record<Reply['category'], number>>> = {
  neg: { complaint: 1, crisis: 1, 'move-to-private': 1, escalation: 1 },
  neu: { question: 0.5 },
  pos: { praise: 1, thanks: 1 },
};

/** Whether the element can answer in this language (its own text or a translation). */
export const speaks = (reply: Reply, lang: 'fr' | 'en') => reply.lang === lang || reply.translations?.[lang] !== undefined;

/**
 * A score for one element: the post's language first (a French post wants a French
 * reply), then the fit of its category with the triage, tags naming a matched query, and
 * a variant written for this platform. Equal scores keep the manager's own order.
 */
export function replyScore(reply: Reply, context: RankContext): number {
  let score = 0;
  if (context.lang && speaks(reply, context.lang)) score += 10;
  if (context.kind) score += CATEGORY_FIT[context.kind][reply.category] ?? 0;
  if (context.sentiment) score += SENTIMENT_FIT[context.sentiment][reply.category] ?? 0;
  const matched = new Set(context.matched.map(normalizeText));
  if (reply.tags?.some((tag) => matched.has(normalizeText(tag)))) score += 2;
  if (reply.platforms?.[context.platform]) score += 0.5;
  return score;
}

/** The elements best first; a stable sort, so ties keep the order set in the options page. */
export function rankReplies<T extends { reply: Reply }>(items: readonly T[], context: RankContext): T[] {
  return items
    .map((item, index) => ({ item, index, score: replyScore(item.reply, context) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The keyboard search in the helper: every word typed must appear (any case, any accent)
 * in the element's title, text, category, tags or id.
 */
export function searchReplies<T extends { reply: Reply; text: string }>(items: readonly T[], query: string): T[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...items];
  return items.filter(({ reply, text }) => {
    const haystack = normalizeText([reply.title, text, reply.category, reply.id, ...(reply.tags ?? [])].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
