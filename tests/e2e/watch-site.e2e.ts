import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { useExtensionBrowser } from './support/setup';
import { serveAt } from './support/site-pages';

// "Watch this site": a forum that is not built in gets Porte-Parole from the popup, on the
// open tab at once and on every later visit, until the manager stops watching it.
//
// Two steps are the browser's own UI, which a test driving Chromium cannot operate: the
// click on the toolbar icon (its activeTab grant is what shows the popup the tab's address)
// and the permission prompt. The test build holds this one origin's permission from the
// start (utils/sites/hosts.ts, TEST_WATCHABLE_MATCHES), which Chrome then grants without
// asking; everything else runs as in the product: the request, the content script
// registered at run time and injected into the open tab, and its removal.
const env = useExtensionBrowser();
const FORUM = { url: 'https://forum.example.org/t/acme-rocket/42', file: resolve('tests/fixtures/sites/forum-watched.html') };

it('watches a forum from the popup, keeps watching it on reload, and stops', async () => {
  const { context, extensionUrl } = env.browser;
  // The starter configuration watches the brand, Acme.
  await serveAt(context, [FORUM]);

  const forum = await context.newPage();
  await forum.goto(FORUM.url);
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  const refresh = async () => {
    await forum.bringToFront();
    await popup.getByTestId('diag-refresh').click();
  };
  await refresh();
  // Not a built-in site: nothing runs there yet, and the popup offers to watch it.
  await popup.getByTestId('diag-unavailable').waitFor();
  expect(await forum.locator('porte-parole-helper').count()).toBe(0);
  expect(await popup.getByTestId('watch-site').textContent()).toContain('forum.example.org');

  await popup.getByTestId('watch-site').click();
  // The open tab gets the helper at once, on the post that mentions Acme only.
  await forum.locator('#post-42 porte-parole-helper').waitFor({ state: 'attached' });
  expect(await forum.locator('porte-parole-helper').count()).toBe(1);
  await refresh();
  await expect.poll(() => popup.getByTestId('watched-site').allTextContents()).toEqual([expect.stringContaining('https://forum.example.org/*')]);
  expect(await popup.getByTestId('diag-adapter').textContent()).toBe('generic');
  expect(await popup.getByTestId('watch-site').count()).toBe(0);

  // A later visit: the content script registered for the site runs by itself.
  await forum.reload();
  await forum.locator('#post-42 porte-parole-helper').waitFor({ state: 'attached' });

  await popup.getByTestId('watched-site').getByRole('button').click();
  await expect.poll(() => popup.getByTestId('watched-site').count()).toBe(0);
  await forum.reload();
  await forum.locator('#post-42').waitFor();
  // Give a content script the time it would take to run, then check none did.
  await forum.waitForTimeout(1000);
  expect(await forum.locator('porte-parole-helper').count()).toBe(0);
});
