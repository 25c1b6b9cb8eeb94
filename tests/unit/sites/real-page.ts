import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { pickAdapter } from '@/utils/sites/registry';
import type { SiteAdapter } from '@/utils/sites/types';

/**
 * The real saved pages of `../shared/fixtures/real/` (see its SOURCES.md), read where they
 * are: never copied into this repository. Tests skip, saying so, when the folder is absent.
 */
export const REAL_DIR = resolve(process.env.PP_REAL_PAGES ?? '../shared/fixtures/real') + '/';
export const HAVE_REAL_PAGES = existsSync(REAL_DIR);
export const NO_REAL_PAGES = `real saved pages not found at ${REAL_DIR}: the real-page tests are skipped`;

/** A page's HTML in its own happy-dom window at `url`: scripts, styles, frames and navigation off. */
export function pageAt(html: string, url: string): { window: Window; document: Document; location: Location } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true },
    },
  });
  window.document.write(html);
  return { window, document: window.document as unknown as Document, location: window.location as unknown as Location };
}

/**
 * A reconstructed page of the real-browser journeys (tests/fixtures/sites/, sources in each
 * header) at its site's address, without its scripts, and the adapter picked for it: what
 * the adapter lists and reads before any click.
 */
export function loadSitePage(file: string, url: string) {
  const page = pageAt(readFileSync(resolve('tests/fixtures/sites', file), 'utf8'), url);
  return { ...page, adapter: pickAdapter(page.location, page.document) };
}

/** A post's words as the adapter reads them, white space folded. */
export const textOf = (adapter: SiteAdapter, post: Element) => adapter.readText(post).text.replace(/\s+/g, ' ').trim();

/** A page loaded at its real address in its own happy-dom window, scripts and styles off. */
export function loadRealPage(file: string, url?: string): { window: Window; document: Document; location: Location } {
  let html = file.endsWith('.yaml') ? facebookStory(REAL_DIR + file) : readFileSync(REAL_DIR + file, 'utf8');
  // Defuddle's pages name their address in a first comment: <!-- {"url": "…"} -->
  const declared = /^<!--\s*(\{.*?\})\s*-->/.exec(html)?.[1];
  const address = url ?? (declared ? (JSON.parse(declared) as { url: string }).url : 'https://example.org/');
  // A raw HTTP body (.response) may start with a blank line before its doctype.
  html = html.replace(/^\s+/, '');
  return pageAt(html, address);
}

/**
 * The Facebook capture is a VCR cassette (YAML) of m.facebook.com responses with gzip
 * bodies as `!!binary` base64: this takes the story page out of it, without a YAML parser.
 */
function facebookStory(path: string): string {
  const yaml = readFileSync(path, 'utf8');
  const bodies = [...yaml.matchAll(/string: !!binary \|\n((?: {8}.*\n)+)/g)].map((m) => gunzipSync(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')).toString('utf8'));
  return bodies.find((body) => body.includes('story_fbid') && body.includes('data-sigil="comment"')) ?? '';
}
