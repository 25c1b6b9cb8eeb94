/* global Mark */
// Runs in the benchmark page. Each measure builds a fresh feed (mark.js changes the DOM),
// times one piece of work, and returns figures to the driver (bench/run.mjs).
import { appendPosts, makeQueries } from './feed-generator.js';

const feed = document.getElementById('feed');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function freshFeed(posts, queries) {
  feed.replaceChildren();
  return appendPosts(feed, { count: posts, queries });
}

/** Share of the true mentions found, and posts wrongly reported. */
function score(truth, foundIndexes) {
  let hits = 0;
  let falsePositives = 0;
  for (const i of foundIndexes) {
    if (truth.has(i)) hits++;
    else falsePositives++;
  }
  return { recall: truth.size ? hits / truth.size : 1, falsePositives, mentions: truth.size };
}

/** The scanner's screen: the post's raw characters, and where its elements break words. */
function screenPost(post, matcher) {
  const { quickPostText, textBreaks } = globalThis.PP;
  const raw = quickPostText(post);
  return matcher.screen(raw, textBreaks(post, raw.length));
}

/**
 * What the content script does for one post: read its raw characters, screen them, and
 * only for a possible mention read the text exactly, match, and highlight.
 */
function scanPost(post, matcher, highlighter) {
  const { genericAdapter } = globalThis.PP;
  if (!screenPost(post, matcher)) return false;
  const text = genericAdapter.readText(post);
  const match = matcher.match(text.text);
  if (match.queryIds.length === 0) return false;
  const ranges = [];
  for (const hit of match.hits) {
    const range = text.rangeOf(hit.start, hit.end);
    if (range) ranges.push({ queryId: hit.queryId, range });
  }
  highlighter.set(post, ranges);
  return true;
}

/**
 * The floor: list the posts and read their text, nothing else — with the browser's native
 * `textContent` (floorMs), and by walking their text nodes from JavaScript as an
 * extension that reads the DOM must (floorWalkMs).
 */
function floor(posts, queries, runs) {
  const native = [];
  const walked = [];
  for (let r = 0; r < runs; r++) {
    freshFeed(posts, queries);
    let t0 = performance.now();
    let length = 0;
    for (const post of document.querySelectorAll('article')) length += post.textContent.length;
    native.push(performance.now() - t0);
    t0 = performance.now();
    let walkedLength = 0;
    for (const post of document.querySelectorAll('article')) {
      const walker = document.createTreeWalker(post, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.data;
      walkedLength += text.length;
    }
    walked.push(performance.now() - t0);
    if (length === 0 || walkedLength !== length) throw new Error('the two readings differ');
  }
  return { floorMs: median(native), floorWalkMs: median(walked) };
}

/** Ours: the content script's path — list posts, read text, match, highlight. */
function ours(posts, queries, runs) {
  const { compileQueries, PageHighlighter, genericAdapter } = globalThis.PP;
  const t0 = performance.now();
  const matcher = compileQueries(queries);
  const compileMs = performance.now() - t0;
  const highlighter = new PageHighlighter(document);
  highlighter.setStyles(queries);
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const truth = freshFeed(posts, queries);
    highlighter.clear();
    highlighter.setStyles(queries);
    const found = [];
    const start = performance.now();
    for (const post of genericAdapter.listPosts(document)) {
      if (scanPost(post, matcher, highlighter)) found.push(Number(post.dataset.index));
    }
    times.push(performance.now() - start);
    result = score(truth, found);
  }
  highlighter.dispose();
  return { oursMs: median(times), compileMs, oursRecall: result.recall, oursFalsePositives: result.falsePositives, mentions: result.mentions };
}

/** mark.js doing the same job: whole words, any case and accent, across elements. */
function markjs(posts, queries, runs) {
  const terms = queries.map((q) => q.words.join(' '));
  const options = {
    separateWordSearch: false,
    diacritics: true,
    caseSensitive: false,
    acrossElements: true,
    accuracy: { value: 'exactly', limiters: [',', '.', '!', '?', ':', ';', '’', "'", '#', '@', '(', ')', '"', '«', '»', '-'] },
  };
  const times = [];
  let result;
  for (let r = 0; r < runs; r++) {
    const truth = freshFeed(posts, queries);
    const start = performance.now();
    new Mark(feed).mark(terms, options);
    times.push(performance.now() - start);
    const found = new Set();
    for (const mark of feed.querySelectorAll('mark')) found.add(Number(mark.closest('article').dataset.index));
    result = score(truth, found);
  }
  return { markjsMs: median(times), markjsRecall: result.recall, markjsFalsePositives: result.falsePositives };
}

/**
 * Incremental: a feed of `posts`, then 20 posts appended per animation frame, each batch
 * scanned as it lands (as the content script's idle slices do); long tasks counted.
 */
async function incremental(posts, queries, scan, batches = 50) {
  const { compileQueries, PageHighlighter } = globalThis.PP;
  const matcher = compileQueries(queries);
  const highlighter = new PageHighlighter(document);
  highlighter.setStyles(queries);
  freshFeed(posts, queries);
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask' });
  const times = [];
  let next = posts;
  for (let b = 0; b < batches; b++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const before = feed.childElementCount;
    appendPosts(feed, { from: next, count: 20, queries });
    next += 20;
    const added = [...feed.children].slice(before);
    const start = performance.now();
    if (scan) for (const post of added) scanPost(post, matcher, highlighter);
    times.push(performance.now() - start);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  highlighter.dispose();
  return { batchMs: median(times), longTasks };
}

/** Builds the matcher and scans once, to weigh what stays in memory (the driver reads the heap). */
function keepScanState(posts, queries) {
  const { compileQueries, PageHighlighter, genericAdapter, quickPostText } = globalThis.PP;
  freshFeed(posts, queries);
  const matcher = compileQueries(queries);
  const highlighter = new PageHighlighter(document);
  highlighter.setStyles(queries);
  const seen = new Map(); // what the scanner keeps: each post's last raw text
  for (const post of genericAdapter.listPosts(document)) {
    seen.set(post, quickPostText(post));
    scanPost(post, matcher, highlighter);
  }
  globalThis.kept = { matcher, highlighter, seen };
}

function dropScanState() {
  globalThis.kept?.highlighter.dispose();
  globalThis.kept = undefined;
}

/**
 * Where the time goes (`node bench/profile.mjs`): cumulative steps of our path, each
 * timed on its own, on a fresh feed (as the floor and `ours` are), interleaved over
 * `runs` rounds; medians. `only`: the names of the steps to time (all when absent).
 */
function profile(posts, queries, runs, only) {
  const { compileQueries, PageHighlighter, genericAdapter, quickPostText } = globalThis.PP;
  const matcher = compileQueries(queries);
  const highlighter = new PageHighlighter(document);
  highlighter.setStyles(queries);
  let candidates = 0;
  const steps = {
    textContent: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) n += quickPostText(post).length;
      return n;
    },
    anywhere: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) if (matcher.mightMatch(quickPostText(post))) n++;
      return n;
    },
    rawWords: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) if (matcher.screen(quickPostText(post), () => false)) n++;
      return n;
    },
    screen: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) if (screenPost(post, matcher)) n++;
      candidates = n;
      return n;
    },
    readCandidates: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) {
        if (screenPost(post, matcher)) n += genericAdapter.readText(post).text.length;
      }
      return n;
    },
    match: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) {
        if (screenPost(post, matcher)) n += matcher.match(genericAdapter.readText(post).text).hits.length;
      }
      return n;
    },
    full: () => {
      let n = 0;
      for (const post of genericAdapter.listPosts(document)) if (scanPost(post, matcher, highlighter)) n++;
      return n;
    },
    // What follows the screen, alone: the posts it lets through are found first, untimed
    // (`c…` steps, cumulative: exact reading, match, ranges, highlights).
    cRead: (candidates) => {
      let n = 0;
      for (const post of candidates) n += genericAdapter.readText(post).text.length;
      return n;
    },
    cMatch: (candidates) => {
      let n = 0;
      for (const post of candidates) n += matcher.match(genericAdapter.readText(post).text).hits.length;
      return n;
    },
    cRanges: (candidates) => {
      let n = 0;
      for (const post of candidates) {
        const text = genericAdapter.readText(post);
        for (const hit of matcher.match(text.text).hits) if (text.rangeOf(hit.start, hit.end)) n++;
      }
      return n;
    },
    cAll: (candidates) => {
      let n = 0;
      for (const post of candidates) {
        const text = genericAdapter.readText(post);
        const ranges = [];
        for (const hit of matcher.match(text.text).hits) {
          const range = text.rangeOf(hit.start, hit.end);
          if (range) ranges.push({ queryId: hit.queryId, range });
        }
        highlighter.set(post, ranges);
        n += ranges.length;
      }
      return n;
    },
  };
  if (only) for (const name of Object.keys(steps)) if (!only.includes(name)) delete steps[name];
  const times = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, step] of Object.entries(steps)) {
      freshFeed(posts, queries);
      if (name === 'full' || name === 'cAll') {
        highlighter.clear();
        highlighter.setStyles(queries);
      }
      const candidates = name.startsWith('c') ? genericAdapter.listPosts(document).filter((post) => screenPost(post, matcher)) : undefined;
      const t0 = performance.now();
      step(candidates);
      times[name].push(performance.now() - t0);
    }
  }
  highlighter.dispose();
  return { ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v) * 10) / 10])), candidates };
}

/**
 * What our highlight styles cost the page itself: a full style recalculation of the feed
 * (an inherited colour changed on <body>), bare, with the highlighter's styles set, and
 * with one word of one post highlighted; medians.
 */
function restyle(posts, queries, runs) {
  const { PageHighlighter } = globalThis.PP;
  freshFeed(posts, queries);
  void document.body.offsetHeight;
  const recalc = () => {
    const times = [];
    for (let r = 0; r < runs; r++) {
      document.body.style.color = r % 2 ? '#111' : '#222';
      const t0 = performance.now();
      void document.body.offsetHeight;
      times.push(performance.now() - t0);
    }
    document.body.style.color = '';
    return median(times);
  };
  const bareMs = recalc();
  const highlighter = new PageHighlighter(document);
  highlighter.setStyles(queries);
  const withStylesMs = recalc();
  const post = document.querySelector('article');
  const range = document.createRange();
  range.selectNodeContents(post.querySelector('p'));
  highlighter.set(post, [{ queryId: queries[0].id, range }]);
  const shownMs = recalc();
  highlighter.dispose();
  return { restyleBareMs: bareMs, restyleMs: withStylesMs, restyleShownMs: shownMs };
}

globalThis.bench = { restyle, profile, makeQueries, floor, ours, markjs, incremental, keepScanState, dropScanState, freshFeed: (p, q) => freshFeed(p, q).size };
