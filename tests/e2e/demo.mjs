// `npm run demo`: builds the extension, serves the demo feed on 127.0.0.1 and opens
// Chromium with the extension loaded. With a display, a window to try it by hand; without
// one, it walks the journey headless and writes a screenshot of each step.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from './support/browser.mjs';
import { insertSuggestion, openHelper, openPopupWithRows } from './support/journey.mjs';
import { serveDemo } from './support/server.mjs';

const OUT = resolve('demo-output');

const build = spawnSync('npm', ['run', '--silent', 'build:test'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = await serveDemo();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension({ headless });
const { context, extensionUrl } = browser;
const feed = context.pages()[0] ?? (await context.newPage());
await feed.goto(demo.url);

if (!headless) {
  console.log(`Demo feed: ${demo.url}`);
  console.log(`Popup (log): ${extensionUrl('popup.html')}   Options: ${extensionUrl('options.html')}`);
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
  await browser.close(); // removes the temporary profile
  await demo.close();
  process.exit(0);
}

await mkdir(OUT, { recursive: true });
/** @type {string[]} */
const shots = [];
/**
 * @param {import('playwright-core').Page} page @param {string} name
 * @param {import('playwright-core').Locator} [locator] only this part of the page
 */
const shot = async (page, name, locator) => {
  const path = `${OUT}/${name}.png`;
  await (locator ?? page).screenshot({ path });
  shots.push(path);
};

await feed.locator('porte-parole-helper').first().waitFor();
await shot(feed, '1-feed-with-helpers');
await openHelper(feed, '#post-1');
await shot(feed, '2-helper-open', feed.locator('#post-1'));
await insertSuggestion(feed, '#post-1', 'thanks-fr');
await shot(feed, '3-reply-inserted', feed.locator('#post-1'));
const popup = await openPopupWithRows(context, extensionUrl('popup.html'), 1);
await shot(popup, '4-popup-log');

await browser.close();
await demo.close();
console.log('\nDemo walked headless (no display). Screenshots:');
for (const path of shots) console.log(`  ${path}`);
