import { quickPostText, type PostText } from '@/utils/keywords/post-text';
import type { SiteAdapter } from '@/utils/sites/types';

/**
 * Incremental scanning: only new or changed posts are read, in slices that stop when the
 * browser's idle time runs out, so a 20,000-post feed never causes a long task. A site
 * that recycles elements while scrolling puts new text in an old element: the text is
 * compared, and changed text is a new post. Each post is first read fast (its raw
 * characters) and screened; only the few that might mention a query are read exactly.
 */
export interface ScannerOptions {
  adapter: SiteAdapter;
  /**
   * The screen: false when the post cannot mention any query, judged on its raw
   * characters (and, for a query word glued to letters there, on where its elements
   * start and end).
   */
  mightMention(raw: string, post: Element): boolean;
  /**
   * Called for each post whose text is new: `text` is its exact reading, or null when it
   * cannot mention a query or left the page (whatever was shown for it goes).
   */
  onPost(post: Element, text: PostText | null): void;
  /** Whether what we added to this post is gone (a site re-render dropped it): rescan it. */
  isStale?(post: Element): boolean;
  /** Called after a slice that handled at least one post. */
  onSlice?(): void;
  requestIdle(callback: (deadline: IdleDeadline) => void): void;
  /** Longest slice when the browser gives no idle estimate (a timed-out idle callback). */
  budgetMs?: number;
  now?: () => number;
}

export interface Scanner {
  /**
   * Queues posts in or around these nodes (from a MutationObserver, or the whole page);
   * `removals` says nodes left the page, so the posts scanned so far are checked too.
   */
  queue(nodes: Iterable<Node>, removals?: boolean): void;
  /** Forgets what was read, and queues every post again (the queries changed). */
  rescanAll(root: ParentNode): void;
  /** The posts scanned so far and the text each had. */
  readonly seen: ReadonlyMap<Element, string>;
}

export function createScanner({
  adapter,
  mightMention,
  onPost,
  isStale,
  onSlice,
  requestIdle,
  budgetMs = 8,
  now = () => performance.now(),
}: ScannerOptions): Scanner {
  const pending = new Set<Element>();
  const seen = new Map<Element, string>();
  let scheduled = false;

  function schedule() {
    if (scheduled || pending.size === 0) return;
    scheduled = true;
    requestIdle(slice);
  }

  function slice(deadline: IdleDeadline) {
    scheduled = false;
    const stopAt = now() + Math.max(Math.min(deadline.timeRemaining(), 30), budgetMs);
    let handled = 0;
    for (const post of pending) {
      pending.delete(post);
      handled += scanOne(post) ? 1 : 0;
      if (now() >= stopAt) break;
    }
    if (handled) onSlice?.();
    schedule();
  }

  function scanOne(post: Element): boolean {
    if (!post.isConnected) {
      if (!seen.delete(post)) return false;
      onPost(post, null);
      return true;
    }
    let raw: string;
    let text: PostText | null = null;
    try {
      raw = quickPostText(post);
      if (seen.get(post) === raw && !isStale?.(post)) return false;
      if (mightMention(raw, post)) text = adapter.readText(post);
    } catch (error) {
      console.warn(`[Porte-Parole] ${adapter.id} could not read a post`, error);
      return false;
    }
    const known = seen.has(post);
    seen.set(post, raw);
    // A post that never mentioned anything and still cannot: nothing to tell.
    if (!text && !known) return true;
    onPost(post, text);
    return true;
  }

  return {
    seen,
    queue(nodes, removals = false) {
      for (const node of nodes) {
        try {
          const around = adapter.postOf(node);
          if (around) pending.add(around);
          if (isParent(node)) for (const post of adapter.listPosts(node)) pending.add(post);
        } catch (error) {
          console.warn(`[Porte-Parole] ${adapter.id} could not list posts`, error);
        }
      }
      // Posts that left the page: their helpers and highlights go too.
      if (removals) for (const post of seen.keys()) if (!post.isConnected) pending.add(post);
      schedule();
    },
    rescanAll(root) {
      seen.clear();
      this.queue([root]);
    },
  };
}

/** Elements, documents and fragments can hold posts; text and comments cannot. */
function isParent(node: Node): node is ParentNode & Node {
  return node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11;
}
