import type { PostInfo, SiteAdapter } from './types';

/** The last error an adapter raised on this page, for the diagnostics view. */
export interface AdapterError {
  /** Which part failed: `listPosts`, `readText`, `openReplyBox`… */
  where: string;
  message: string;
  at: number;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Wraps an adapter so that whatever it throws is recorded and contained: a broken
 * selector or a site change costs that part of the job, never the content script. Lists
 * become empty, a post's details blank, the helper goes at the post's end, and a reply
 * box that cannot be opened is `null` (the helper then offers the clipboard).
 * `readText` still throws (after recording): the scanner skips that post.
 */
export function guardAdapter(adapter: SiteAdapter, onError: (error: AdapterError) => void): SiteAdapter {
  const report = (where: string, error: unknown) => {
    console.warn(`[Porte-Parole] ${adapter.id}.${where} failed`, error);
    onError({ where, message: describe(error).slice(0, 500), at: Date.now() });
  };
  function guarded<A extends unknown[], R>(where: string, call: (...args: A) => R, fallback: (...args: NoInfer<A>) => NoInfer<R>) {
    return (...args: A): R => {
      try {
        return call(...args);
      } catch (error) {
        report(where, error);
        return fallback(...args);
      }
    };
  }
  return {
    ...adapter,
    matches: guarded('matches', adapter.matches.bind(adapter), () => false),
    listPosts: guarded('listPosts', adapter.listPosts.bind(adapter), () => []),
    postOf: guarded('postOf', adapter.postOf.bind(adapter), () => null),
    readText: guarded('readText', adapter.readText.bind(adapter), () => {
      throw new Error(`${adapter.id} could not read a post`);
    }),
    readPost: guarded('readPost', adapter.readPost.bind(adapter), (): PostInfo => ({ author: '', postId: '' })),
    placeHelper: guarded('placeHelper', adapter.placeHelper.bind(adapter), (post) => ({ anchor: post, append: 'last' as const })),
    async openReplyBox(post) {
      try {
        return await adapter.openReplyBox(post);
      } catch (error) {
        report('openReplyBox', error);
        return null;
      }
    },
  };
}
