import type { Platform } from '../config/platforms';
import { readPostText } from '../keywords/post-text';
import { cleanText, linkOf, timeOf, waitFor } from './dom';
import type { EditorKind, HelperPlacement, PostInfo, SiteAdapter } from './types';

/**
 * A site's selectors, kept together so a site change is a one-line fix. Each field is a
 * list of alternatives tried in order (newest markup first); the first that finds an
 * element of this post wins. Elements inside a nested post (a reply shown inside its
 * parent) belong to that reply, never to the parent.
 */
export interface SiteSelectors {
  /** The post and comment elements (joined: any of them is a post). */
  post: readonly string[];
  /** The post's own words. When none matches, the whole post minus nested posts is read. */
  text: readonly string[];
  /** The author's display name. */
  author: readonly string[];
  /** The author's handle, when the site shows it apart from the name. */
  handle?: readonly string[];
  /** The post's own link (its time stamp, usually). */
  permalink: readonly string[];
  /** When it was posted (`<time datetime>`, a title, or the text shown). */
  time?: readonly string[];
  /** The site's own Reply control, clicked when the reply box only appears then. */
  replyButton?: readonly string[];
  /** The reply box: searched in the post, then where `replyScope` says the site opens it. */
  replyBox: readonly string[];
  /** Where the helper goes; the post itself when none matches. */
  helperAnchor?: readonly string[];
}

export interface SiteSpec {
  id: string;
  platform: Platform;
  maxReplyLength?: number;
  editor?: EditorKind;
  selectors: SiteSelectors;
  matches(location: Location, document: Document): boolean;
  /** How the helper sits against its anchor (default: last child of the anchor). */
  helperAppend?: HelperPlacement['append'];
  /**
   * Where the reply box appears after Reply is clicked, when not inside the post: a
   * dialog (X), a form below the thread (WordPress). Default: the post.
   */
  replyScope?(post: Element): ParentNode;
  /**
   * A reply box the site shows outside the post but for it, without a click (X's composer
   * under the post a status page is about). Checked before clicking Reply.
   */
  inlineBox?(post: Element): HTMLElement | null;
  /** Readers for what a site keeps in attributes rather than in text. */
  read?: Partial<Record<'author' | 'handle' | 'permalink' | 'time' | 'id', (post: Element) => string>>;
  /** Posts the selectors find but that are not posts (an ad, a placeholder). */
  skip?(post: Element): boolean;
  /**
   * For a post whose words are in more than one part (a shreddit post's title and body):
   * what to leave out when the post is read whole. Null: `selectors.text` says what to read.
   */
  textOutside?(post: Element): ((el: Element) => boolean) | null;
  /** How long to wait for a reply box after clicking Reply. */
  replyWaitMs?: number;
}

/** Builds a site adapter from its selectors: the one implementation every site shares. */
export function defineSite(spec: SiteSpec): SiteAdapter {
  const { selectors: s } = spec;
  const postSelector = s.post.join(', ');
  const isPost = (el: Element) => el.matches(postSelector) && !spec.skip?.(el);
  /** The post an element belongs to: the nearest post around it. */
  const ownerOf = (el: Element) => {
    for (let at = el.closest(postSelector); at; at = at.parentElement?.closest(postSelector) ?? null) {
      if (!spec.skip?.(at)) return at;
    }
    return null;
  };

  /** The first element of the post (not of a reply nested in it) for a list of alternatives. */
  function own(post: Element, alternatives: readonly string[] | undefined): Element | null {
    for (const selector of alternatives ?? []) {
      for (const el of post.querySelectorAll(selector)) {
        if (ownerOf(el) === post) return el;
      }
    }
    return null;
  }

  const nested = (post: Element) => (el: Element) => el !== post && isPost(el);

  /** The box in the post, or (once Reply was clicked) where the site opens it. */
  function findBox(post: Element, clicked: boolean): HTMLElement | null {
    const inPost = own(post, s.replyBox) as HTMLElement | null;
    if (inPost) return inPost;
    if (!clicked) return spec.inlineBox?.(post) ?? null;
    const scope = spec.replyScope?.(post);
    if (!scope) return null;
    const found: HTMLElement[] = [];
    for (const selector of s.replyBox) found.push(...scope.querySelectorAll<HTMLElement>(selector));
    if (found.length === 0) return null;
    // A site opens the box it was asked for and focuses it; otherwise the newest (last) one.
    const active = post.ownerDocument.activeElement;
    return found.find((el) => el === active || el.contains(active)) ?? found[found.length - 1]!;
  }

  const adapter: SiteAdapter = {
    id: spec.id,
    platform: spec.platform,
    maxReplyLength: spec.maxReplyLength,
    editor: spec.editor,
    matches: spec.matches,
    listPosts(root) {
      const posts = [...root.querySelectorAll(postSelector)].filter((el) => !spec.skip?.(el));
      if ((root as Node).nodeType === 1 && isPost(root as Element)) posts.unshift(root as Element);
      return posts;
    },
    postOf(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return el ? ownerOf(el) : null;
    },
    readText(post) {
      const skipNested = nested(post);
      const outside = spec.textOutside?.(post);
      if (outside) return readPostText(post, { skip: (el) => skipNested(el) || outside(el) });
      return readPostText(own(post, s.text) ?? post, { skip: skipNested });
    },
    readPost(post) {
      const permalink = spec.read?.permalink?.(post) || linkOf(own(post, s.permalink));
      const author = spec.read?.author?.(post) || cleanText(own(post, s.author));
      const handle = spec.read?.handle?.(post) || cleanText(own(post, s.handle));
      const time = spec.read?.time?.(post) || timeOf(own(post, s.time));
      const id = spec.read?.id?.(post) || post.id || post.getAttribute('data-id') || '';
      const info: PostInfo = { author, postId: permalink || id };
      if (handle) info.handle = handle;
      if (permalink) info.permalink = permalink;
      if (time) info.time = time;
      return info;
    },
    placeHelper(post) {
      return { anchor: own(post, s.helperAnchor) ?? post, append: spec.helperAppend ?? 'last' };
    },
    async openReplyBox(post) {
      let box = findBox(post, false);
      if (!box) {
        const button = own(post, s.replyButton) as HTMLElement | null;
        if (!button) return null;
        button.click();
        box = await waitFor(() => findBox(post, true), spec.replyWaitMs ?? 3000);
        // A box that just appeared holds nothing yet: focus it. A box that was already
        // there is left alone, so the insert keeps the caret the manager left in it.
        box?.focus();
      }
      return box;
    },
  };
  return adapter;
}
