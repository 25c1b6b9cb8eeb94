// `npm run bench`: mention detection at feed scale, in real Chromium, against mark.js and
// against the floor (merely reading the posts' text), in the same run. Prints a table
// and writes bench/results.json. It reports; it never fails on time.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage } from './bench-page.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** `BENCH_POSTS=5000 BENCH_QUERIES=100,1000 npm run bench -- --no-markjs`: a subset, to iterate faster. */
/** @param {string} name @param {number[]} all */
const sizes = (name, all) => (process.env[name] ? process.env[name].split(',').map(Number) : all);
const POSTS = sizes('BENCH_POSTS', [1000, 5000, 20000]);
const QUERIES = sizes('BENCH_QUERIES', [10, 100, 1000]);
/** `BENCH_RESULTS=path`: where the rows go (a subset run should not overwrite bench/results.json). */
const RESULTS = process.env.BENCH_RESULTS ?? (process.env.BENCH_POSTS || process.env.BENCH_QUERIES ? join(HERE, '.build/results-subset.json') : join(HERE, 'results.json'));
/** mark.js runs longer than this are not attempted (estimated from the smaller runs). */
const MARKJS_LIMIT_MS = 60_000;
/** `npm run bench -- --no-markjs`: ours and the floor only, in under a minute. */
const WITH_MARKJS = !process.argv.includes('--no-markjs');

const started = Date.now();
const bench = await openBenchPage();
const { page } = bench;
const cdp = await page.context().newCDPSession(page);

/** @param {string} fn @param {unknown[]} args */
const call = (fn, ...args) =>
  page.evaluate(
    ([name, rest]) => {
      const b = /** @type {any} */ (globalThis).bench;
      const [posts, queries, ...more] = /** @type {any[]} */ (rest);
      return b[name](posts, b.makeQueries(queries), ...more);
    },
    /** @type {[string, unknown[]]} */ ([fn, args]),
  );

async function heapUsed() {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const rows = [];
/** ms per (post × query) of mark.js, from the runs done so far, to skip hopeless ones. */
let markjsRate = 0;
for (const posts of POSTS) {
  for (const queries of QUERIES) {
    const runs = posts >= 20000 ? 3 : 5;
    const floor = await call('floor', posts, queries, runs);
    const ours = await call('ours', posts, queries, runs);
    const estimate = markjsRate * posts * queries;
    const markjs =
      !WITH_MARKJS || estimate > MARKJS_LIMIT_MS
        ? { markjsMs: null, markjsRecall: null, markjsFalsePositives: null, skipped: WITH_MARKJS ? `estimated ${(estimate / 1000).toFixed(0)} s` : 'not run' }
        : await call('markjs', posts, queries, estimate > 5000 ? 1 : 3);
    if (markjs.markjsMs !== null) markjsRate = Math.max(markjsRate, markjs.markjsMs / (posts * queries));
    const incremental = await call('incremental', posts, queries, true);
    // The same appends without our scan: the long tasks the page causes by itself.
    const pageOnly = await call('incremental', posts, queries, false);
    await page.evaluate(() => /** @type {any} */ (globalThis).bench.freshFeed(0, 0));
    const before = await heapUsed();
    await call('keepScanState', posts, queries);
    const heapKb = Math.round((await heapUsed()) - before) / 1024;
    await page.evaluate(() => /** @type {any} */ (globalThis).bench.dropScanState());
    const row = {
      posts,
      queries,
      oursMs: round(ours.oursMs),
      markjsMs: markjs.markjsMs === null ? null : round(markjs.markjsMs),
      floorMs: round(floor.floorMs),
      floorWalkMs: round(floor.floorWalkMs),
      oursRecall: round(ours.oursRecall, 3),
      markjsRecall: markjs.markjsRecall === null ? null : round(markjs.markjsRecall, 3),
      batchMs: round(incremental.batchMs, 3),
      longTasks: incremental.longTasks,
      longTasksWithoutScan: pageOnly.longTasks,
      oursPer1000Ms: round((ours.oursMs / posts) * 1000),
      floorPer1000Ms: round((floor.floorMs / posts) * 1000),
      compileMs: round(ours.compileMs),
      mentions: ours.mentions,
      oursFalsePositives: ours.oursFalsePositives,
      markjsFalsePositives: markjs.markjsFalsePositives,
      heapKb: Math.round(heapKb),
      ...(markjs.skipped ? { markjsSkipped: markjs.skipped } : {}),
    };
    rows.push(row);
    console.log(
      `${String(posts).padStart(6)} posts × ${String(queries).padStart(4)} queries: ours ${row.oursMs} ms (recall ${row.oursRecall}), ` +
        `floor ${row.floorMs} ms, mark.js ${row.markjsMs ?? `— (${row.markjsSkipped})`} ms (recall ${row.markjsRecall ?? '—'})`,
    );
  }
}
await bench.close();

/** @param {number} n @param {number} [digits] */
function round(n, digits = 1) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

await writeFile(RESULTS, `${JSON.stringify(rows, null, 2)}\n`);
const header = ['posts', 'queries', 'ours ms', 'floor ms', 'ours/floor', 'walk floor ms', 'mark.js ms', 'mark.js/ours', 'recall ours', 'recall mark.js', 'FP ours', 'FP mark.js', 'batch ms', 'long tasks', 'without scan', 'heap KB'];
const table = rows.map((r) => [
  r.posts, r.queries, r.oursMs, r.floorMs, (r.oursMs / r.floorMs).toFixed(2), r.floorWalkMs, r.markjsMs ?? 'skipped',
  r.markjsMs === null ? '—' : (r.markjsMs / r.oursMs).toFixed(0), r.oursRecall, r.markjsRecall ?? '—',
  r.oursFalsePositives, r.markjsFalsePositives ?? '—', r.batchMs, r.longTasks, r.longTasksWithoutScan, r.heapKb,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
console.log(`\n${header.map((h, i) => h.padStart(widths[i] ?? 0)).join('  ')}`);
for (const row of table) console.log(row.map((c, i) => String(c).padStart(widths[i] ?? 0)).join('  '));
console.log(`\nChromium ${bench.browser.version()}, medians; written to ${RESULTS} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
