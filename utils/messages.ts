import * as v from 'valibot';
import { PLATFORMS } from './config/platforms';
import { describeIssue } from './config/schema';
import { TONE_RULE_IDS } from './tone/rules/types';
import { KINDS, SENTIMENTS } from './tone/triage/classify';

/**
 * The one protocol between content scripts, the background and extension pages. Every
 * message crosses it through `parseMessage`: unknown types and malformed fields are
 * refused with an error that names the field, and unknown keys are dropped.
 */
export const INTERACTION_ACTIONS = ['replied', 'dm', 'escalated', 'ignored'] as const;
export type InteractionAction = (typeof INTERACTION_ACTIONS)[number];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const TriageSchema = v.object({
  lang: v.picklist(['fr', 'en']),
  sentiment: v.picklist(SENTIMENTS),
  kind: v.picklist(KINDS),
  toxicity: score,
  urgency: score,
});
export type StoredTriage = v.InferOutput<typeof TriageSchema>;

/** What a record says of the post it is about; shared by interactions and mentions. */
const POST_FIELDS = {
  /** Made by the content script, so a re-sent record is recognised and stored once. */
  id: v.pipe(v.string(), v.uuid()),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  platform: v.picklist(PLATFORMS),
  url: v.pipe(v.string(), v.url(), v.maxLength(2048)),
  /** The post's permalink or stable id on its site. */
  postId: text(2048),
  author: text(200),
  /** Empty when the manager chose to keep no post text. */
  excerpt: text(500),
  matchedQueries: v.pipe(v.array(text(64)), v.maxLength(100)),
};

export const InteractionSchema = v.object({
  ...POST_FIELDS,
  action: v.picklist(INTERACTION_ACTIONS),
  replyId: v.optional(text(64)),
  /** The version of the approved element used, and how far the sent text drifted from it (0..1). */
  replyVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  drift: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  text: text(10_000),
  toneLevel: v.picklist(['ok', 'warn', 'block']),
  /** What the mention is, as the triage read it (for the inbox, the report and the ranking). */
  triage: v.optional(TriageSchema),
  /** For management, with an escalation. */
  note: v.optional(text(2000)),
  /** Tone rules the approved text tripped and the sent one no longer does (the manager fixed them). */
  avoided: v.optional(v.pipe(v.array(v.picklist(TONE_RULE_IDS)), v.maxLength(20))),
});
export type Interaction = v.InferOutput<typeof InteractionSchema>;

/**
 * A post that mentions a watch query, as a content script saw it. Sent each time a helper
 * is shown; the background keeps one row per platform and post (the first sighting's time).
 */
export const MentionSchema = v.object({
  ...POST_FIELDS,
  triage: TriageSchema,
});
export type Mention = v.InferOutput<typeof MentionSchema>;

export const MessageSchema = v.variant('type', [
  /** content script → background: log a handled interaction; answered with an Ack. */
  v.object({ type: v.literal('interaction.record'), interaction: InteractionSchema }),
  /** content script → background: a post mentions a watch query (the inbox); answered with an Ack. */
  v.object({ type: v.literal('mention.seen'), mention: MentionSchema }),
  /** content script → background: how many posts of its tab mention a watch query (the badge). */
  v.object({ type: v.literal('mentions.count'), count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)) }),
  /** options page → background: replace the settings and the log with a backup (validated whole there). */
  v.object({ type: v.literal('backup.restore'), backup: v.unknown() }),
  /** options page → background: fetch the team source now; answered with an Ack once done. */
  v.object({ type: v.literal('team.sync') }),
  /** background → extension pages: the log changed, refresh what you show. */
  v.object({ type: v.literal('interactions.changed') }),
  /** popup → a tab's content script (`tabs.sendMessage`): how is the site adapter doing? Answered with a Diagnostics. */
  v.object({ type: v.literal('diagnostics.get') }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;

/**
 * The background's answer to a request. `retry` says whether sending the same message
 * again may succeed (storage busy or full) or never will (refused, malformed).
 */
export type Ack = { ok: true } | { ok: false; error: string; retry: boolean };

/** A content script's answer to `diagnostics.get`: what a manager reports when a site breaks. */
export const DiagnosticsSchema = v.object({
  /** The adapter in use (`x`, `mastodon`, `custom:forum.example`, `generic`…). */
  adapter: text(200),
  platform: v.picklist(PLATFORMS),
  editor: v.optional(text(40)),
  url: text(2048),
  /** Posts and comments the adapter lists on the page so far. */
  posts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** How many of them mention a watch query (the brand's own posts left out). */
  mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The last error the adapter raised on this page, if any. */
  lastError: v.nullable(v.object({ where: text(40), message: text(500), at: v.number() })),
});
export type Diagnostics = v.InferOutput<typeof DiagnosticsSchema>;

export function parseDiagnostics(raw: unknown): Diagnostics | null {
  const result = v.safeParse(DiagnosticsSchema, raw);
  return result.success ? result.output : null;
}

export type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

const MESSAGE_TYPES: readonly string[] = MessageSchema.options.map((o) => o.entries.type.literal);

export function parseMessage(raw: unknown): ParsedMessage {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !MESSAGE_TYPES.includes(type)) {
    return { ok: false, error: `Unknown message type: ${JSON.stringify(type) ?? 'none'}` };
  }
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: `Invalid ${type} message: ${describeIssue(result.issues[0])}` };
}

/** What the background needs to know of a sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Only this extension's own contexts may talk to the background: its content scripts
 * (which run in a tab) and its own pages. Another extension, or a web page using
 * `externally_connectable`, is refused.
 */
export function isOwnSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  return sender.tab !== undefined || (sender.url?.startsWith(extensionOrigin) ?? false);
}
