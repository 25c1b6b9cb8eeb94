import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { configItem } from '@/utils/config/storage-items';
import type { Config } from '@/utils/config/schema';
import { insertReply } from '@/utils/editors/insert';
import { compileQueries } from '@/utils/keywords/matcher';
import type { InteractionAction } from '@/utils/messages';
import { createOutbox } from '@/utils/outbox/outbox';
import { suggestReplies } from '@/utils/replies/suggest';
import { pickAdapter } from '@/utils/sites/registry';
import type { PostInfo, SiteAdapter } from '@/utils/sites/types';
import { checkReply } from '@/utils/tone/check-reply';
import type { CheckedSuggestion, InsertOutcome } from './helper';
import { mountHelper, type MountedHelper } from './mount-helper';

const EXCERPT_LENGTH = 280;

interface Tracked {
  /** The text the helper was made for: a recycled element with new text is a new post. */
  text: string;
  ui?: MountedHelper;
}

/**
 * The content script's work on one page: pick the site adapter, find the posts that
 * mention a watch query, and put a helper next to each. Everything it registers is tied
 * to `ctx`, so an extension reload or update tears it down.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const adapter = pickAdapter(location, document);
  const outbox = createOutbox({ isAlive: () => ctx.isValid });
  void outbox.flush();

  let config = await configItem.getValue();
  let matcher = compileQueries(config.queries);
  const tracked = new Map<Element, Tracked>();

  function scan() {
    for (const [post, entry] of tracked) {
      if (!post.isConnected) {
        entry.ui?.remove();
        tracked.delete(post);
      }
    }
    let posts: Element[] = [];
    try {
      posts = adapter.listPosts(document);
    } catch (error) {
      console.warn(`[Porte-Parole] ${adapter.id} could not list posts`, error);
    }
    for (const post of posts) {
      if (!ctx.isValid) return;
      try {
        scanPost(post);
      } catch (error) {
        console.warn(`[Porte-Parole] ${adapter.id} could not read a post`, error);
      }
    }
  }

  function scanPost(post: Element) {
    const info = adapter.readPost(post);
    const previous = tracked.get(post);
    if (previous?.text === info.text) return;
    previous?.ui?.remove();
    const entry: Tracked = { text: info.text };
    tracked.set(post, entry);
    const matched = matcher.match(info.text).queryIds;
    if (matched.length === 0) return;
    void mountHelper(ctx, adapter.placeHelper(post), helperProps(post, info, matched, config)).then((ui) => {
      // The post may have changed or left while the helper was being built.
      if (tracked.get(post) === entry && ctx.isValid) entry.ui = ui;
      else ui.remove();
    });
  }

  function helperProps(post: Element, info: PostInfo, matched: string[], cfg: Config) {
    const labels = matched.map((id) => cfg.queries.find((q) => q.id === id)?.label ?? id);
    const suggestions: CheckedSuggestion[] = suggestReplies(cfg, {
      platform: adapter.platform,
      author: info.author,
      matchedLabels: labels,
    }).map((s) => ({
      ...s,
      tone: checkReply(s.text, { forbidden: cfg.tone.forbidden, maxLength: adapter.maxReplyLength }),
    }));
    const record = (action: InteractionAction, suggestion?: CheckedSuggestion) =>
      outbox.add({
        id: crypto.randomUUID(),
        at: Date.now(),
        platform: adapter.platform,
        url: location.href,
        postId: info.postId || location.href,
        author: info.author,
        excerpt: info.text.slice(0, EXCERPT_LENGTH),
        matchedQueries: matched,
        action,
        replyId: suggestion?.reply.id,
        text: suggestion?.text ?? '',
        toneLevel: suggestion?.tone.level ?? 'ok',
      });
    return {
      author: info.author,
      excerpt: info.text.slice(0, EXCERPT_LENGTH),
      suggestions,
      onInsert: async (suggestion: CheckedSuggestion) => {
        const outcome = await insertIntoPost(adapter, post, suggestion.text);
        if (outcome !== 'failed') await record('replied', suggestion);
        return outcome;
      },
      onIgnore: async () => {
        await record('ignored');
      },
    };
  }

  let scheduled = false;
  const schedule = () => {
    if (scheduled || !ctx.isValid) return;
    scheduled = true;
    ctx.requestIdleCallback(
      () => {
        scheduled = false;
        scan();
      },
      { timeout: 500 },
    );
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());

  const unwatch = configItem.watch((next) => {
    config = next;
    matcher = compileQueries(next.queries);
    for (const entry of tracked.values()) entry.ui?.remove();
    tracked.clear();
    schedule();
  });
  ctx.onInvalidated(unwatch);
  // Single-page apps swap the feed without a page load.
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  schedule();
}

/** Into the site's reply box when it takes it; otherwise onto the clipboard. */
async function insertIntoPost(adapter: SiteAdapter, post: Element, text: string): Promise<InsertOutcome> {
  const box = await adapter.openReplyBox(post).catch(() => null);
  if (box && (await insertReply(box, text)).ok) return 'inserted';
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
