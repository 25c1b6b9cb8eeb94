import type { Platform } from '../config/platforms';
import type { InsertStrategy } from '../editors/types';
import type { PostText } from '../keywords/post-text';

/** What an adapter reads of one post or comment, once it mentions a watch query. */
export interface PostInfo {
  author: string;
  /** Permalink, or a stable id on the site when there is no link. */
  postId: string;
}

/** Where the helper goes, relative to an element of the post. */
export interface HelperPlacement {
  anchor: Element;
  append: 'last' | 'first' | 'after' | 'before';
}

/**
 * One site's knowledge, behind the same interface for every site. Adapters never modify
 * the site's DOM except through `openReplyBox` (which may click the site's own Reply).
 */
export interface SiteAdapter {
  id: string;
  platform: Platform;
  /** Whether this adapter is the one for this page. */
  matches(location: Location, document: Document): boolean;
  /** The post and comment elements in `root` (`root` itself included when it is one). */
  listPosts(root: ParentNode): Element[];
  /** The post an element belongs to (for a change inside it), or null. */
  postOf(node: Node): Element | null;
  /** The post's own text: read for every post, so it must be cheap. */
  readText(post: Element): PostText;
  /** Author and id: read only for posts that mention a watch query. */
  readPost(post: Element): PostInfo;
  placeHelper(post: Element): HelperPlacement;
  /** The platform's reply length limit in characters, if it has one. */
  maxReplyLength?: number;
  /**
   * Insertion strategies for this site's reply box, tried before the generic chain
   * (utils/editors/insert.ts): for a site whose editor needs its own way in.
   */
  insertStrategies?: readonly InsertStrategy[];
  /** Opens (if needed) and returns the post's reply box, or null when there is none. */
  openReplyBox(post: Element): Promise<HTMLElement | null>;
}
