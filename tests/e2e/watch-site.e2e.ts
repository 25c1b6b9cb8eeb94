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
const FORUM_DIVS = { url: 'https://forum.example.org/viewtopic?t=77', file: resolve('tests/fixtures/sites/forum-divs.html') };

it('watches a forum from the popup, keeps watching it on reload, and stops', async () => {
  const { context, extensionUrl } = env.browser;
  // The starter configuration watches the brand, Acme.
  await serveAt(context, [FORUM, FORUM_DIVS]);

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
  await popup.close();
});

it("reads a forum the heuristics cannot with the manager's selectors from the options page", async () => {
  const { context, extensionUrl } = env.browser;
  const forum = await context.newPage();
  await forum.goto(FORUM_DIVS.url);
  const popup = await context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  await forum.bringToFront();
  await popup.getByTestId('diag-refresh').click();
  await popup.getByTestId('watch-site').click();
  // Watched, but nothing in its markup reads as a post.
  await expect.poll(async () => {
    await forum.bringToFront();
    await popup.getByTestId('diag-refresh').click();
    return popup.getByTestId('diag-posts').textContent({ timeout: 1000 }).catch(() => null);
  }).toBe('0');
  expect(await forum.locator('porte-parole-helper').count()).toBe(0);

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  // A typo is refused and named; the host and the post selector are required.
  await options.getByTestId('site-selectors-host').fill('https://forum.example.org/viewtopic?t=77');
  await options.getByTestId('site-selectors-save').click();
  expect(await options.getByTestId('site-selectors').getByRole('alert').textContent()).toContain('post');
  await options.getByTestId('site-selectors-post').fill('div.msg[');
  await options.getByTestId('site-selectors-save').click();
  expect(await options.getByTestId('site-selectors').getByRole('alert').textContent()).toContain('div.msg[');
  await options.getByTestId('site-selectors-post').fill('div.msg');
  await options.getByTestId('site-selectors-text').fill('.msg-body');
  await options.getByTestId('site-selectors-author').fill('.msg-user');
  await options.getByTestId('site-selectors-permalink').fill('a.msg-link');
  await options.getByTestId('site-selectors-save').click();
  await expect.poll(() => options.getByTestId('site-selectors-row').textContent()).toContain('forum.example.org');

  await forum.reload();
  await forum.locator('#m1 porte-parole-helper').waitFor({ state: 'attached' });
  expect(await forum.locator('porte-parole-helper').count()).toBe(1);
  await forum.bringToFront();
  await popup.getByTestId('diag-refresh').click();
  await expect.poll(() => popup.getByTestId('diag-adapter').textContent()).toBe('custom:forum.example.org');
  expect(await popup.getByTestId('diag-posts').textContent()).toBe('2');
  expect(await popup.getByTestId('diag-mentions').textContent()).toBe('1');
});
