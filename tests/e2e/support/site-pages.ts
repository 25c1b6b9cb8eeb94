import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { EDITOR_PAGES_DIR, buildEditorPages } from './editor-pages.mjs';
import { openPopupWithRows } from './journey.mjs';

/** A page served at its real address: the manifest's match patterns and the adapter's detection run as on the site. */
export interface SitePage {
  url: string;
  file: string;
}

/**
 * Where a reconstructed page loads its own script from (tests/fixtures/sites/<name>.ts,
 * bundled with the site's real editor library): a path on the site's own origin, so the
 * page runs under the same-origin script rules a site sends.
 */
export const SITE_SCRIPT_PATH = '/__pp-fixture/';

/**
 * Answers each site's address with its saved or reconstructed page, and
 * `https://<site>/__pp-fixture/site-<name>.js` with the bundled page script; refuses every
 * other request (the pages' images, scripts and trackers): nothing leaves the machine.
 */
export async function serveAt(context: BrowserContext, pages: SitePage[]) {
  await buildEditorPages();
  await context.route(/^https?:\/\//, (route) => {
    const href = route.request().url();
    const url = new URL(href);
    const script = url.pathname.startsWith(SITE_SCRIPT_PATH) ? url.pathname.slice(SITE_SCRIPT_PATH.length) : null;
    // Path segments of word characters, dots only between them (Vite names chunks after
    // their modules: `LexicalRichText.dev-<hash>.js`), so never `..`.
    if (script !== null && /^[\w-]+(\.[\w-]+)*(\/[\w-]+(\.[\w-]+)*)*\.js$/.test(script)) {
      try {
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(EDITOR_PAGES_DIR, script)) });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    }
    const page = pages.find((p) => href.split('#')[0] === p.url);
    if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(page.file) });
    return route.abort();
  });
}

/** The popup's diagnostics for a site tab: the popup asks the active tab. */
export async function diagnosticsOf(context: BrowserContext, popupUrl: string, site: Page) {
  const popup = await context.newPage();
  await popup.goto(popupUrl);
  await site.bringToFront();
  await popup.getByTestId('diag-refresh').click();
  await popup.getByTestId('diag-adapter').waitFor();
  const read = (id: string) => popup.getByTestId(id).textContent();
  const result = { adapter: await read('diag-adapter'), posts: await read('diag-posts'), mentions: await read('diag-mentions'), error: await read('diag-error') };
  await popup.close();
  return result;
}

/**
 * Opens a reconstructed page at its real address and waits for its own script
 * (`body[data-ready]`) and the helper of `post`, the one post there that mentions Acme.
 */
export async function openSitePage(context: BrowserContext, url: string, post: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  await page.locator(`${post} porte-parole-helper`).waitFor({ state: 'attached' });
  expect(await page.locator('porte-parole-helper').count()).toBe(1);
  return page;
}

/** The platforms of the popup's log rows, newest first, once it holds `rows` of them. */
export async function loggedPlatforms(context: BrowserContext, popupUrl: string, rows: number) {
  const popup = await openPopupWithRows(context, popupUrl, rows);
  const platforms = await popup.getByTestId('pp-log-row').evaluateAll((all) => all.map((row) => row.getAttribute('data-platform')));
  await popup.close();
  return platforms;
}
