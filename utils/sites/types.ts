import type { Platform } from '../config/platforms';

/** What an adapter reads of one post or comment. */
export interface PostInfo {
  /** The post's text, as the matcher and the helper see it. */
  text: string;
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
  /** The post and comment elements currently in the page. */
  listPosts(root: ParentNode): Element[];
  readPost(post: Element): PostInfo;
  placeHelper(post: Element): HelperPlacement;
  /** The platform's reply length limit in characters, if it has one. */
  maxReplyLength?: number;
  /** Opens (if needed) and returns the post's reply box, or null when there is none. */
  openReplyBox(post: Element): Promise<HTMLElement | null>;
}
