import type { Platform } from '../config/platforms';
import type { InsertStrategy } from '../editors/types';
import type { PostText } from '../keywords/post-text';

/**
 * The editor technology of a site's reply box. Descriptive: the insertion itself is the
 * editors chain's job (`utils/editors/`), which looks at the element; this names what the
 * site uses, for the diagnostics, the README's table and the chain's future strategies.
 */
export type EditorKind =
  | 'draft-js'
  | 'lexical'
  | 'prosemirror'
  | 'quill'
  | 'ckeditor'
  | 'textarea'
  | 'contenteditable'
  /** A cross-origin frame (Blogger's comment form): nothing can be inserted, only copied. */
  | 'iframe';

/** What an adapter reads of one post or comment, once it mentions a watch query. */
export interface PostInfo {
  /** The author's display name. */
  author: string;
  /** Permalink, or a stable id on the site when there is no link. */
  postId: string;
  /** The author's handle as the site writes it (`@acme`, `u/acme`, `acme.bsky.social`), if shown. */
  handle?: string;
  /** The post's own link, when it has one (then `postId` is the same). */
  permalink?: string;
  /** When it was posted: an ISO date when the page gives one, otherwise the text shown. */
  time?: string;
  /** Whether the brand itself wrote it (its handle is one of `config.brand.handles`). */
  isOwn?: boolean;
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
  /** Author, handle, id, time: read only for posts that mention a watch query. */
  readPost(post: Element): PostInfo;
  placeHelper(post: Element): HelperPlacement;
  /** The platform's reply length limit in characters, if it has one. */
  maxReplyLength?: number;
  /** The editor technology of the site's reply box, when it is known. */
  editor?: EditorKind;
  /**
   * Insertion strategies for this site's reply box, tried before the generic chain
   * (utils/editors/insert.ts): for a site whose editor needs its own way in.
   */
  insertStrategies?: readonly InsertStrategy[];
  /**
   * Opens (clicking the site's own Reply when the box only appears then, and focusing the
   * box that appears) and returns the post's reply box, or null when there is none. A box
   * already there is not focused: the insert restores the manager's caret in it.
   */
  openReplyBox(post: Element): Promise<HTMLElement | null>;
}
