// `node bench/profile.mjs [posts] [queries...]`: where our scan's time goes, step by
// step (see `profile` in page/harness.js), next to the floor, in real Chromium.
import { openBenchPage } from './bench-page.mjs';

const [postsArg, ...queriesArgs] = process.argv.slice(2);
const POSTS = Number(postsArg ?? 5000);
const QUERIES = queriesArgs.length ? queriesArgs.map(Number) : [100, 1000];
const RUNS = Number(process.env.PROFILE_RUNS ?? 9);
/** `PROFILE_STEPS=cRead,cAll`: only these steps of the profile (`restyle`: the page's style recalculation, bare and with our highlight rules). */
const ONLY = process.env.PROFILE_STEPS?.split(',');

const bench = await openBenchPage();
const { page } = bench;
for (const queries of QUERIES) {
  const result = await page.evaluate(
    ([p, q, runs, only]) => {
      const b = /** @type {any} */ (globalThis).bench;
      const floor = b.floor(p, b.makeQueries(q), runs);
      const ours = b.ours(p, b.makeQueries(q), runs);
      const restyle = only && !only.includes('restyle') ? {} : b.restyle(p, b.makeQueries(q), runs);
      return { ...floor, oursMs: ours.oursMs, recall: ours.oursRecall, fp: ours.oursFalsePositives, ...b.profile(p, b.makeQueries(q), runs, only), ...restyle };
    },
    /** @type {[number, number, number, string[] | undefined]} */ ([POSTS, queries, RUNS, ONLY]),
  );
  const ratio = (result.oursMs / result.floorMs).toFixed(2);
  console.log(`${POSTS} × ${queries}: ours/floor ${ratio}`, JSON.stringify(result));
}
await bench.close();
