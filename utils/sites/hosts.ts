/**
 * The social sites Porte-Parole runs on without asking: they go into the manifest's
 * `host_permissions` and the content script's `matches`. Other sites (a blog, a forum)
 * are asked for at run time, so the install prompt stays short.
 */
export const BUILT_IN_SITE_MATCHES = [
  '*://x.com/*',
  '*://twitter.com/*',
  '*://*.facebook.com/*',
  '*://*.instagram.com/*',
  '*://*.linkedin.com/*',
  '*://*.youtube.com/*',
  '*://*.reddit.com/*',
  '*://bsky.app/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
  '*://*.tiktok.com/*',
  '*://*.pinterest.com/*',
  '*://*.pinterest.fr/*',
  '*://*.tumblr.com/*',
  '*://*.dailymotion.com/*',
  '*://*.blogspot.com/*',
  '*://*.wordpress.com/*',
  // Mastodon and Discourse run on any host (recognised by their markup): their flagship
  // instances are built in, the others are added with "watch this site".
  '*://mastodon.social/*',
  '*://meta.discourse.org/*',
] as const;

/**
 * Pages the real-browser tests and the demo serve locally. Only `npm run build:test`
 * adds them (Chrome match patterns without a port match every port).
 */
export const TEST_PAGE_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

/**
 * Sites the real-browser tests add with "watch this site". The test build holds their host
 * permission from the start (no content script runs there until it is watched): a test
 * cannot click the browser's own permission prompt, and Chrome grants an origin it already
 * holds without asking, so the rest of the journey runs as for a manager who said yes.
 */
export const TEST_WATCHABLE_MATCHES = [
  'https://forum.example.org/*', // a forum (tests/e2e/watch-site.e2e.ts)
  'https://piaille.fr/*', // a Mastodon instance that is not built in (tests/e2e/sites-more.e2e.ts)
  'https://blog.nightly.mozilla.org/*', // a WordPress blog, the real saved page (same)
] as const;

/**
 * Where a team source may live: any HTTPS host, and plain HTTP on the local machine only
 * (for tests). Optional host permissions: one origin is granted when the manager enters it.
 */
export const TEAM_SOURCE_MATCHES = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] as const;

/**
 * Sites the manager adds at run time ("watch this site": a blog, a forum, a Mastodon
 * instance): one origin is granted at a time, when asked for.
 */
export const WATCHED_SITE_MATCHES = ['https://*/*', 'http://*/*'] as const;
