import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './support/setup';

// A long infinite-scroll feed that recycles its elements: the helpers, the highlights and
// the badge follow what the page shows.
const env = useExtensionBrowser();

const helperIndexes = (page: Page) =>
  page
    .locator('porte-parole-helper')
    .evaluateAll((hosts) => hosts.map((h) => Number(h.closest('article')?.getAttribute('data-index'))).sort((a, b) => a - b));

/** Text of the highlighted ranges, read in the page (the registry is the document's). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('porte-parole-c0');
    return highlight ? [...highlight].map((range) => (range as Range).toString()).sort() : null;
  });

it('follows a 1,000-post feed through appends and recycled elements', async () => {
  const { context } = env.browser;
  const page = await context.newPage();
  await page.goto(new URL('long-feed.html', env.demo.url).href);
  await expect.poll(() => helperIndexes(page)).toEqual([7]);

  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number };
    w.longTasks = 0;
    new PerformanceObserver((list) => (w.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
    (window as unknown as { feed: { append(n: number): void } }).feed.append(960);
  });
  const expected = Array.from({ length: 10 }, (_, k) => k * 100 + 7);
  await expect.poll(() => helperIndexes(page), { timeout: 15_000 }).toEqual(expected);
  // "Ac<b>me</b>" is highlighted as one word, across the emphasis; "Acmeville" is not.
  expect(await highlighted(page)).toEqual([...Array(5).fill('Acme'), ...Array(5).fill('Acme')]);

  // Virtual scrolling: the first 40 elements now show posts 5000–5039.
  await page.evaluate(() => (window as unknown as { feed: { showFrom(i: number): void } }).feed.showFrom(5000));
  await expect.poll(() => helperIndexes(page)).toEqual([...expected.slice(1), 5007]);
  expect(await page.locator('#post-7').count()).toBe(0);
  expect(await highlighted(page)).toHaveLength(10);

  const worker = context.serviceWorkers()[0]!;
  const url = page.url();
  await expect
    .poll(() =>
      worker.evaluate(async (pageUrl) => {
        type Chrome = {
          tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
        const api = (globalThis as unknown as { chrome: Chrome }).chrome;
        const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
        return tab ? api.action.getBadgeText({ tabId: tab.id }) : 'no tab';
      }, url),
    )
    .toBe('10');

  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number }).longTasks);
  console.log(`long tasks while scanning 960 appended posts: ${longTasks}`);
});
