// `npm run bench:triage`: milliseconds per post for classifyMention in real Chromium
// (headless), on a made-up feed of French and English mentions of every kind. Prints the
// figure; it never fails on time.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ensureChromium } from '../tests/e2e/support/chromium.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const POSTS = 5000;
const RUNS = 5;

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: join(HERE, '.build'),
    emptyOutDir: false,
    minify: true,
    lib: { entry: join(HERE, 'page/triage.ts'), formats: ['iife'], name: 'PPTriageBench', fileName: () => 'triage.js' },
  },
});
const script = join(HERE, '.build/triage.js');
const bundle = readFileSync(script);

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.setContent('<!doctype html><title>triage bench</title>');
await page.addScriptTag({ path: script });
const result = await page.evaluate(
  ([posts, runs]) => {
    // Our own phrases, recombined: lengths from a word to a long tweet.
    const parts = [
      'Bonjour @Acme, ma commande n’est toujours pas arrivée',
      'trois semaines d’attente, c’est inadmissible !!!',
      'merci pour la livraison rapide 😍',
      'How do I reset my password?',
      'Great, another delay. Thanks for nothing.',
      'Earn $$$ with crypto, DM me http://example.com/x',
      'Vous êtes des incapables',
      'le produit est cassé, je veux un remboursement',
      'love the new colours, well done team',
      'pas du tout satisfait du SAV',
      '🚀',
    ];
    const texts = [];
    for (let i = 0; i < posts; i++) {
      const n = 1 + (i % 4);
      const words = [];
      for (let j = 0; j < n; j++) words.push(parts[(i * 7 + j * 3) % parts.length]);
      texts.push(words.join(' '));
    }
    const { classifyMention } = /** @type {any} */ (globalThis).PPTriage;
    let t0 = performance.now();
    classifyMention(texts[0]);
    const firstMs = performance.now() - t0;
    const times = [];
    let sink = 0;
    for (let r = 0; r < runs; r++) {
      t0 = performance.now();
      for (const text of texts) sink += classifyMention(text).urgency;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
    return { medianMs: times[Math.floor(runs / 2)] ?? 0, firstMs, chars, sink };
  },
  /** @type {[number, number]} */ ([POSTS, RUNS]),
);
const version = browser.version();
await browser.close();
const perPost = result.medianMs / POSTS;
console.log(`classifyMention: ${(perPost * 1000).toFixed(1)} µs per post (${perPost.toFixed(3)} ms; ${POSTS} posts of ${result.chars.toFixed(0)} characters on average, median of ${RUNS} runs)`);
console.log(`first call, with unpacking the weights: ${result.firstMs.toFixed(1)} ms`);
console.log(`bundle (triage + weights, minified): ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip; Chromium ${version}`);
