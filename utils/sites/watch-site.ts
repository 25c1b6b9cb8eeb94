import { browser } from 'wxt/browser';
import { BUILT_IN_SITE_MATCHES } from './hosts';

/**
 * Sites the manager adds at run time ("watch this site" in the popup): the browser asks
 * for that one origin (an optional host permission), then the content script is
 * registered for it (`scripting.registerContentScripts`, kept across restarts) and run
 * on the open tab at once. Removing a site unregisters the script and gives the
 * permission back.
 */
const ID_PREFIX = 'pp-site:';
/** Where WXT writes the content script (`entrypoints/content/`). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** `https://forum.example.org/*` for a page of that site; null for pages we cannot run on. */
export function sitePattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/** Whether a match pattern (`*://*.example.com/*` form only) covers this URL. */
export function patternCovers(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!m) return false;
  try {
    const { protocol, hostname } = new URL(url);
    if (m[1] !== '*' && `${m[1]}:` !== protocol) return false;
    return m[2] ? hostname === m[3] || hostname.endsWith(`.${m[3]}`) : hostname === m[3];
  } catch {
    return false;
  }
}

export const isBuiltInSite = (url: string) => BUILT_IN_SITE_MATCHES.some((pattern) => patternCovers(pattern, url));

export type WatchResult = 'watched' | 'refused' | 'built-in' | 'unsupported';

/**
 * Must start from a click: `permissions.request` needs the user's gesture, so it is the
 * first thing called (no await before it).
 */
export async function watchSite(url: string, tabId?: number): Promise<WatchResult> {
  const pattern = sitePattern(url);
  if (!pattern) return 'unsupported';
  if (isBuiltInSite(url)) return 'built-in';
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return 'refused';
  const id = ID_PREFIX + pattern;
  const known = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (known.length === 0) {
    await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  // The open page gets the helpers now, without a reload.
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
  return 'watched';
}

export async function unwatchSite(pattern: string): Promise<void> {
  const id = ID_PREFIX + pattern;
  await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
  // The browser may refuse to give an origin back (a policy, or a permission the build
  // requires): the site is no longer watched all the same.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** The sites added by hand, as their match patterns. */
export async function watchedSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((script) => script.id.startsWith(ID_PREFIX)).map((script) => script.id.slice(ID_PREFIX.length));
}
