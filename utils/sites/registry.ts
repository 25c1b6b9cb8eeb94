import { blueskyAdapter } from './bluesky';
import { bloggerAdapter } from './blogger';
import { customSiteAdapter, type CustomSiteSelectors } from './custom';
import { dailymotionAdapter } from './dailymotion';
import { discourseAdapter } from './discourse';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { pinterestAdapter } from './pinterest';
import { redditAdapter } from './reddit';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import { tumblrAdapter } from './tumblr';
import type { SiteAdapter } from './types';
import { wordpressAdapter } from './wordpress';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/**
 * Site-specific adapters, most specific first; the generic one is the fallback. The
 * platforms known by their host come first; those recognised by their markup on any host
 * (Mastodon, Discourse, WordPress, Blogger, Tumblr themes) after them. Each adapter's
 * `matches` runs guarded, so a broken adapter is skipped, never fatal.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  facebookAdapter,
  instagramAdapter,
  linkedinAdapter,
  youtubeAdapter,
  redditAdapter,
  blueskyAdapter,
  threadsAdapter,
  tiktokAdapter,
  pinterestAdapter,
  dailymotionAdapter,
  tumblrAdapter,
  mastodonAdapter,
  discourseAdapter,
  bloggerAdapter,
  wordpressAdapter,
];

export interface PickOptions {
  adapters?: readonly SiteAdapter[];
  /** Selectors the manager gave for some hosts in the options page: they win over everything. */
  custom?: readonly CustomSiteSelectors[];
  /** Told of an adapter that threw while checking the page (for the diagnostics). */
  onError?: (adapterId: string, error: unknown) => void;
}

export function pickAdapter(location: Location, document: Document, { adapters = SITE_ADAPTERS, custom = [], onError }: PickOptions = {}): SiteAdapter {
  const own = custom.find((site) => site.host.toLowerCase() === location.hostname.toLowerCase());
  if (own) return customSiteAdapter(own);
  for (const adapter of adapters) {
    try {
      if (adapter.matches(location, document)) return adapter;
    } catch (error) {
      console.warn(`[Porte-Parole] adapter ${adapter.id} failed to check this page`, error);
      onError?.(adapter.id, error);
    }
  }
  return genericAdapter;
}
