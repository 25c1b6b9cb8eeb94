import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { configItem } from '@/utils/config/storage-items';
import type { Config } from '@/utils/config/schema';
import { watchCarets } from '@/utils/editors/caret';
import { insertReply, strategiesFor } from '@/utils/editors/insert';
import { PageHighlighter } from '@/utils/keywords/highlight';
import { compileQueries, type MatchResult } from '@/utils/keywords/matcher';
import type { PostText } from '@/utils/keywords/post-text';
import type { InteractionAction, Message } from '@/utils/messages';
import { createOutbox } from '@/utils/outbox/outbox';
import { suggestReplies } from '@/utils/replies/suggest';
import { pickAdapter } from '@/utils/sites/registry';
import type { PostInfo, SiteAdapter } from '@/utils/sites/types';
import { checkReply } from '@/utils/tone/check-reply';
import { guessLanguage } from '@/utils/tone/language';
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
  const adapter = pickAdapter(location, document);
  const outbox = createOutbox({ isAlive: () => ctx.isValid });
  // The helper takes the selection away from the reply box: remember where its caret was.
  ctx.onInvalidated(watchCarets(document));
  void outbox.flush();

  let config = await configItem.getValue();
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
    mightMention: (raw) => matcher.mightMatch(raw),
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
    const props = helperProps(post, text.text, info, match.queryIds, config);
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

  function helperProps(post: Element, text: string, info: PostInfo, matched: string[], cfg: Config) {
    const checkTone = (reply: string, lang?: 'fr' | 'en') =>
      checkReply(reply, {
        forbidden: cfg.tone.forbidden,
        maxLength: adapter.maxReplyLength,
        lang,
        disabled: cfg.tone.disabled,
        // The brand's own contact details (custom variables) are not personal data.
        allowed: Object.values(cfg.variables ?? {}),
      });
    const suggestions: CheckedSuggestion[] = suggestReplies(cfg, {
      platform: adapter.platform,
      author: info.author,
      matchedIds: matched,
      lang: guessLanguage(text) ?? undefined,
    }).map((s) => ({ ...s, tone: checkTone(s.text, s.lang) }));
    const excerpt = text.slice(0, EXCERPT_LENGTH);
    const record = (action: InteractionAction, reply?: ChosenReply) =>
      outbox.add({
        id: crypto.randomUUID(),
        at: Date.now(),
        platform: adapter.platform,
        url: location.href,
        postId: info.postId || location.href,
        author: info.author,
        excerpt,
        matchedQueries: matched,
        action,
        replyId: reply?.suggestion?.reply.id,
        replyVersion: reply?.suggestion ? (reply.suggestion.reply.version ?? 1) : undefined,
        drift: reply?.drift,
        text: reply?.text ?? '',
        toneLevel: reply?.tone.level ?? 'ok',
      });
    return {
      author: info.author,
      excerpt,
      suggestions,
      checkTone,
      onInsert: async (reply: ChosenReply) => {
        const outcome = await insertIntoPost(adapter, post, reply.text);
        if (outcome !== 'failed') await record('replied', reply);
        return outcome;
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
    return 'copied';
  } catch {
    return 'failed';
  }
}
