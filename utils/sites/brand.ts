import type { PostInfo } from './types';

/**
 * A handle reduced to what identifies the account: lower case, no `@` or `u/` in front,
 * no bidi marks. `@acme@mastodon.social` keeps its instance.
 */
export function normalizeHandle(handle: string): string {
  return handle
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .toLowerCase()
    .replace(/^(?:@|u\/|\/u\/|\/user\/|user\/)/, '')
    .replace(/\/$/, '');
}

/**
 * Whether a post is the brand's own: its handle (or, when the site shows none, its author
 * name) is one of the brand's handles. A brand handle without an instance (`@acme`) also
 * matches `@acme@any.instance` (Mastodon) and `acme.bsky.social` (Bluesky's default domain).
 */
export function isBrandPost(info: Pick<PostInfo, 'handle' | 'author'>, brandHandles: readonly string[]): boolean {
  const own = info.handle ? normalizeHandle(info.handle) : '';
  if (!own || brandHandles.length === 0) return false;
  return brandHandles.some((raw) => {
    const brand = normalizeHandle(raw);
    if (!brand) return false;
    if (own === brand) return true;
    if (!brand.includes('@') && own.startsWith(`${brand}@`)) return true;
    return !brand.includes('.') && own === `${brand}.bsky.social`;
  });
}
