/**
 * Platform ids, used in the configuration (per-platform reply variants), in the log
 * (`data-platform`) and by the site adapters. `web` is any other blog or forum.
 */
export const PLATFORMS = [
  'x', 'facebook', 'instagram', 'linkedin', 'youtube', 'reddit', 'mastodon', 'bluesky',
  'threads', 'tiktok', 'pinterest', 'tumblr', 'dailymotion', 'wordpress', 'blogger',
  'discourse', 'web',
] as const;

export type Platform = (typeof PLATFORMS)[number];
