import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { configItem, privacyItem } from '@/utils/config/storage-items';
import type { Config } from '@/utils/config/schema';
import { watchCarets } from '@/utils/editors/caret';
import { insertReply, strategiesFor } from '@/utils/editors/insert';
import { PageHighlighter } from '@/utils/keywords/highlight';
import { compileQueries, type MatchResult } from '@/utils/keywords/matcher';
import { textBreaks, type PostText } from '@/utils/keywords/post-text';
import type { InteractionAction, Message, StoredTriage } from '@/utils/messages';
import { createOutbox } from '@/utils/outbox/outbox';
import { suggestReplies } from '@/utils/replies/suggest';
import { isBrandPost } from '@/utils/sites/brand';
import { customSitesItem } from '@/utils/sites/custom-store';
import { guardAdapter } from '@/utils/sites/guard';
import { pickAdapter } from '@/utils/sites/registry';
import type { PostInfo, SiteAdapter } from '@/utils/sites/types';
import { checkReply, type ToneResult } from '@/utils/tone/check-reply';
import type { ToneRuleId } from '@/utils/tone/rules/types';
import { classifyMention, type Triage } from '@/utils/tone/triage/classify';
import { uiLanguage } from '@/utils/i18n/t';
import { answerDiagnostics, errorLog } from './diagnostics';
import type { ChosenReply, CheckedSuggestion, InsertOutcome } from './helper';
import { mountHelper, type MountedHelper } from './mount-helper';
import { createScanner } from './scanner';

const EXCERPT_LENGTH = 280;

/**
 * The content script's work on one page: pick the site adapter, find the posts that
 * mention a watch query, highlight the words and put a helper next to each post.
 * Everything it registers is tied to `ctx`, so an extension reload or update tears it down.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  // Guarded: whatever the site adapter throws is recorded for the diagnostics and
  // contained (an empty list, a blank author, no reply box → the clipboard).
  const errors = errorLog();
  const custom = await customSitesItem.getValue().catch(() => []);
  const picked = pickAdapter(location, document, {
    custom,
    onError: (id, error) => errors.record({ where: `${id}.matches`, message: String(error).slice(0, 500), at: Date.now() }),
  });
  const adapter = guardAdapter(picked, errors.record);
  const outbox = createOutbox({ isAlive: () => ctx.isValid });
  // The helper takes the selection away from the reply box: remember where its caret was.
  ctx.onInvalidated(watchCarets(document));
  void outbox.flush();

  let config = await configItem.getValue();
  let storeText = (await privacyItem.getValue()).storePostText;
  ctx.onInvalidated(privacyItem.watch((next) => (storeText = next.storePostText)));
  let matcher = compileQueries(config.queries);
  const highlighter = new PageHighlighter(document);
  highlighter.setStyles(config.queries);
  ctx.onInvalidated(() => highlighter.dispose());

  /** The helper of each post that mentions a query, its host once mounted, the text it was made for. */
  const helpers = new Map<Element, Promise<MountedHelper | null>>();
  const hosts = new Map<Element, HTMLElement>();
  const shownText = new Map<Element, string>();
  const removeHelper = (post: Element) => {
    void helpers.get(post)?.then((ui) => ui?.remove());
    helpers.delete(post);
    hosts.delete(post);
    shownText.delete(post);
  };
  // Sites re-render their posts and may drop our helper or the highlighted nodes.
  const isStale = (post: Element) => hosts.get(post)?.isConnected === false || highlighter.isStale(post);

  const scanner = createScanner({
    adapter,
    requestIdle: (callback) => ctx.requestIdleCallback(callback, { timeout: 300 }),
    mightMention: (raw, post) => matcher.screen(raw, textBreaks(post, raw.length)),
    onPost(post, text) {
      // Same words, helper intact: the change was elsewhere (the manager typing a reply).
      if (text && shownText.get(post) === text.text && !isStale(post)) return;
      removeHelper(post);
      highlighter.remove(post);
      if (!text) return;
      const match = matcher.match(text.text);
      if (match.queryIds.length) showMention(post, text, match);
    },
    isStale,
    onSlice: () => badge.update(helpers.size),
  });

  function showMention(post: Element, text: PostText, match: MatchResult) {
    highlighter.set(
      post,
      match.hits.flatMap((hit) => {
        const range = text.rangeOf(hit.start, hit.end);
        return range ? [{ queryId: hit.queryId, range }] : [];
      }),
    );
    let info: PostInfo;
    try {
      info = adapter.readPost(post);
    } catch (error) {
      console.warn(`[Porte-Parole] ${adapter.id} could not read a post's author`, error);
      info = { author: '', postId: '' };
    }
    // The brand's own posts need no reply from the brand.
    if (isBrandPost(info, config.brand.handles)) {
      shownText.set(post, text.text);
      return;
    }
    // Read only for posts that mention a query: what the post is ranks the replies, tells
    // the tone check what a reply to it needs (an apology to a complaint…) and orders the inbox.
    const triage = classifyMention(text.text, { fallbackLang: pageLanguage() ?? uiLanguage() });
    void outbox.seen({ ...postFields(info, text.text, match.queryIds), triage: storedTriage(triage) });
    const props = helperProps(post, text.text, info, triage, match.queryIds, config);
    const mounting = mountHelper(ctx, adapter.placeHelper(post), props).then((ui) => {
      // The post may have changed or left while the helper was being built.
      if (helpers.get(post) === mounting && ctx.isValid) {
        hosts.set(post, ui.shadowHost);
        return ui;
      }
      ui.remove();
      return null;
    });
    helpers.set(post, mounting);
    shownText.set(post, text.text);
  }

  /** What a record says of the post: where, whose, which queries, and (unless switched off) an excerpt. */
  function postFields(info: PostInfo, text: string, matched: string[]) {
    return {
      id: crypto.randomUUID(),
      at: Date.now(),
      platform: adapter.platform,
      url: location.href,
      postId: info.postId || location.href,
      author: info.author,
      excerpt: storeText ? text.slice(0, EXCERPT_LENGTH) : '',
      matchedQueries: matched,
    };
  }

  function helperProps(post: Element, text: string, info: PostInfo, triage: Triage, matched: string[], cfg: Config) {
    const checkTone = (reply: string, lang?: 'fr' | 'en') =>
      checkReply(reply, {
        forbidden: cfg.tone.forbidden,
        maxLength: adapter.maxReplyLength,
        lang,
        answering: triage.kind,
        disabled: cfg.tone.disabled,
        // The brand's own contact details (custom variables) are not personal data.
        allowed: Object.values(cfg.variables ?? {}),
      });
    const suggestions: CheckedSuggestion[] = suggestReplies(cfg, {
      platform: adapter.platform,
      author: info.author,
      matchedIds: matched,
      lang: triage.lang,
      kind: triage.kind,
      sentiment: triage.sentiment,
    }).map((s) => ({ ...s, tone: checkTone(s.text, s.lang) }));
    const excerpt = text.slice(0, EXCERPT_LENGTH);
    const record = (action: InteractionAction, reply?: ChosenReply, note?: string) =>
      outbox.add({
        ...postFields(info, text, matched),
        action,
        replyId: reply?.suggestion?.reply.id,
        replyVersion: reply?.suggestion ? (reply.suggestion.reply.version ?? 1) : undefined,
        drift: reply?.drift,
        text: reply?.text ?? '',
        toneLevel: reply?.tone.level ?? 'ok',
        triage: storedTriage(triage),
        ...(note ? { note } : {}),
        ...(reply?.suggestion ? { avoided: avoidedRules(reply.suggestion.tone, reply.tone) } : {}),
      });
    return {
      author: info.author,
      excerpt,
      triage,
      suggestions,
      checkTone,
      onInsert: async (reply: ChosenReply) => {
        const outcome = await insertIntoPost(adapter, post, reply.text);
        if (outcome !== 'failed') await record('replied', reply);
        return outcome;
      },
      onDm: async (reply: ChosenReply) => {
        const outcome = await insertIntoPost(adapter, post, reply.text);
        if (outcome !== 'failed') await record('dm', reply);
        return outcome;
      },
      onEscalate: async (note: string) => {
        await record('escalated', undefined, note);
      },
      onIgnore: async () => {
        await record('ignored');
      },
    };
  }

  const badge = createBadge();
  const observer = new MutationObserver((records) => {
    if (!ctx.isValid) return;
    let removals = false;
    const nodes: Node[] = [];
    for (const record of records) {
      nodes.push(record.target);
      if (record.type === 'childList') {
        record.addedNodes.forEach((node) => nodes.push(node));
        removals ||= record.removedNodes.length > 0;
      }
    }
    scanner.queue(nodes, removals);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    for (const post of [...helpers.keys()]) removeHelper(post);
  });

  const unwatch = configItem.watch((next) => {
    config = next;
    matcher = compileQueries(next.queries);
    highlighter.setStyles(next.queries);
    for (const post of [...helpers.keys()]) removeHelper(post);
    scanner.rescanAll(document);
  });
  ctx.onInvalidated(unwatch);
  // Single-page apps swap the feed without a page load.
  ctx.addEventListener(window, 'wxt:locationchange', () => scanner.queue([document], true));
  scanner.queue([document]);
  answerDiagnostics(ctx, () => ({
    adapter: adapter.id,
    platform: adapter.platform,
    editor: adapter.editor,
    url: location.href.slice(0, 2048),
    posts: scanner.seen.size,
    mentions: helpers.size,
    lastError: errors.last,
  }));
}

/** Rules the approved text tripped and the text sent does not: what the manager fixed. */
function avoidedRules(before: ToneResult, after: ToneResult): ToneRuleId[] {
  const left = new Set(after.findings.map((f) => f.rule));
  return [...new Set(before.findings.map((f) => f.rule))].filter((rule) => !left.has(rule));
}

/** What the log and the inbox keep of the triage (scores rounded: they are estimates). */
function storedTriage({ lang, sentiment, kind, toxicity, urgency }: Triage): StoredTriage {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { lang, sentiment, kind, toxicity: round(toxicity), urgency: round(urgency) };
}

/** The page's declared language, when it is French or English (for posts too short to tell). */
function pageLanguage(): Triage['lang'] | null {
  const lang = document.documentElement.lang.toLowerCase();
  return lang.startsWith('fr') ? 'fr' : lang.startsWith('en') ? 'en' : null;
}

/** The toolbar badge: mentions on this tab, sent when the count changes. */
function createBadge() {
  let last = -1;
  return {
    update(count: number) {
      if (count === last) return;
      last = count;
      const message: Message = { type: 'mentions.count', count };
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  };
}

/** Into the site's reply box when it takes it; otherwise onto the clipboard. */
async function insertIntoPost(adapter: SiteAdapter, post: Element, text: string): Promise<InsertOutcome> {
  const box = await adapter.openReplyBox(post).catch(() => null);
  if (box && (await insertReply(box, text, strategiesFor(adapter))).ok) return 'inserted';
  try {
    await navigator.clipboard.writeText(text);
    // No box at all (a site change, a frame we cannot reach) is said apart from a box that refused.
    return box ? 'copied' : 'no-box';
  } catch {
    return 'failed';
  }
}
