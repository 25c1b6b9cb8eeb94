// The benchmark page, shared by `npm run bench` and bench/profile.mjs: our scanner bundled
// from the shipped modules (bench/page/ours.ts), mark.js, the harness and the feed
// generator, served on 127.0.0.1 and opened in headless Debian Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FILES = {
  '/': join(HERE, 'page/index.html'),
  '/ours.js': join(HERE, '.build/ours.js'),
  '/mark.min.js': join(HERE, '../node_modules/mark.js/dist/mark.min.js'),
  '/page/harness.js': join(HERE, 'page/harness.js'),
  '/page/feed-generator.js': join(HERE, 'page/feed-generator.js'),
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * Builds, serves and opens the page, ready (its `bench` and `PPBench` globals defined).
 * `close()` ends the browser and the server.
 */
export async function openBenchPage() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(HERE, '.build'),
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(HERE, 'page/ours.ts'), formats: ['iife'], name: 'PPBench', fileName: () => 'ours.js' },
    },
  });
  const server = createServer(async (req, res) => {
    const file = FILES[/** @type {keyof FILES} */ (new URL(req.url ?? '/', 'http://x').pathname)];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'text/plain' });
    res.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
  await page.waitForFunction(() => 'bench' in globalThis && 'PPBench' in globalThis);
  return {
    browser,
    page,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
