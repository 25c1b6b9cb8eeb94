// `node bench/profile.mjs [posts] [queries...]`: where our scan's time goes, step by
// step (see `profile` in page/harness.js), next to the floor, in real Chromium.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const [postsArg, ...queriesArgs] = process.argv.slice(2);
const POSTS = Number(postsArg ?? 5000);
const QUERIES = queriesArgs.length ? queriesArgs.map(Number) : [100, 1000];
const RUNS = Number(process.env.PROFILE_RUNS ?? 9);

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: join(HERE, '.build'),
    emptyOutDir: true,
    minify: true,
    lib: { entry: join(HERE, 'page/ours.ts'), formats: ['iife'], name: 'PPBench', fileName: () => 'ours.js' },
  },
});
const FILES = {
  '/': join(HERE, 'page/index.html'),
  '/ours.js': join(HERE, '.build/ours.js'),
  '/mark.min.js': join(HERE, '../node_modules/mark.js/dist/mark.min.js'),
  '/page/harness.js': join(HERE, 'page/harness.js'),
  '/page/feed-generator.js': join(HERE, 'page/feed-generator.js'),
};
const server = createServer(async (req, res) => {
  const file = FILES[/** @type {keyof FILES} */ (new URL(req.url ?? '/', 'http://x').pathname)];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
  res.end(await readFile(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
await page.waitForFunction(() => 'bench' in globalThis && 'PPBench' in globalThis);
for (const queries of QUERIES) {
  const result = await page.evaluate(
    ([p, q, runs]) => {
      const b = /** @type {any} */ (globalThis).bench;
      const floor = b.floor(p, b.makeQueries(q), runs);
      const ours = b.ours(p, b.makeQueries(q), runs);
      return { ...floor, oursMs: ours.oursMs, recall: ours.oursRecall, fp: ours.oursFalsePositives, ...b.profile(p, b.makeQueries(q), runs) };
    },
    [POSTS, queries, RUNS],
  );
  const ratio = (result.oursMs / result.floorMs).toFixed(2);
  console.log(`${POSTS} × ${queries}: ours/floor ${ratio}`, JSON.stringify(result));
}
await browser.close();
server.close();
