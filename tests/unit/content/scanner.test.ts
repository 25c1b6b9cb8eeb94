import { afterEach, describe, expect, it } from 'vitest';
import { createScanner } from '@/entrypoints/content/scanner';
import { genericAdapter } from '@/utils/sites/generic';

/** Idle callbacks run by hand, with a clock that each read of a post advances by 1 ms. */
function harness(options: { isStale?: (post: Element) => boolean; mightMention?: (raw: string) => boolean } = {}) {
  let clock = 0;
  const idle: Array<(deadline: IdleDeadline) => void> = [];
  const reports: Array<[string, string | null]> = [];
  const adapter = {
    ...genericAdapter,
    readText(post: Element) {
      clock += 1;
      return genericAdapter.readText(post);
    },
  };
  const scanner = createScanner({
    adapter,
    mightMention: () => true,
    onPost: (post, text) => reports.push([post.id, text?.text.trim() ?? null]),
    requestIdle: (cb) => idle.push(cb),
    budgetMs: 5,
    now: () => clock,
    ...options,
  });
  const runIdle = (timeRemaining = 0) => idle.shift()!({ didTimeout: timeRemaining === 0, timeRemaining: () => timeRemaining });
  return { scanner, idle, reports, runIdle };
}

const feed = (n: number) => {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<article id="p${i}"><p>post ${i}</p></article>`).join('');
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('scanner', () => {
  it('reads posts in slices that stop at the time budget', () => {
    feed(12);
    const { scanner, idle, reports, runIdle } = harness();
    scanner.queue([document]);
    expect(idle).toHaveLength(1);
    runIdle(0); // timed out: the 5 ms budget applies
    expect(reports).toHaveLength(5);
    runIdle(3); // 3 ms of idle time: still the 5 ms minimum
    expect(reports).toHaveLength(10);
    runIdle(20); // plenty of idle time: the rest
    expect(reports.map(([id]) => id)).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}`));
    expect(idle).toHaveLength(0);
  });

  it('reports a post again only when its text changed (a recycled element)', () => {
    feed(2);
    const { scanner, reports, runIdle } = harness();
    scanner.queue([document]);
    runIdle(50);
    scanner.queue([document]);
    expect(reports).toHaveLength(2);
    document.querySelector('#p1 p')!.textContent = 'new text';
    scanner.queue([document.querySelector('#p1 p')!.firstChild!]);
    runIdle(50);
    expect(reports.at(-1)).toEqual(['p1', 'new text']);
    expect(reports).toHaveLength(3);
  });

  it('reports a post that left the page once', () => {
    feed(2);
    const { scanner, reports, runIdle } = harness();
    scanner.queue([document]);
    runIdle(50);
    document.querySelector('#p0')!.remove();
    scanner.queue([document.body], true);
    runIdle(50);
    expect(reports.at(-1)).toEqual(['p0', null]);
    expect(scanner.seen.size).toBe(1);
  });

  it('rescans a post whose helper a re-render dropped', () => {
    feed(1);
    let stale = false;
    const { scanner, reports, runIdle } = harness({ isStale: () => stale });
    scanner.queue([document]);
    runIdle(50);
    stale = true;
    scanner.queue([document.querySelector('#p0')!]);
    runIdle(50);
    expect(reports).toEqual([
      ['p0', 'post 0'],
      ['p0', 'post 0'],
    ]);
  });

  it('rescans everything after the queries changed', () => {
    feed(3);
    const { scanner, reports, runIdle } = harness();
    scanner.queue([document]);
    runIdle(50);
    scanner.rescanAll(document);
    runIdle(50);
    expect(reports).toHaveLength(6);
  });

  it('reads exactly only the posts that might mention a query, and tells when one no longer can', () => {
    feed(3);
    const { scanner, reports, runIdle } = harness({ mightMention: (raw) => raw.includes('Acme') });
    document.querySelector('#p1 p')!.textContent = 'about Acme';
    scanner.queue([document]);
    runIdle(50);
    expect(reports).toEqual([['p1', 'about Acme']]);
    document.querySelector('#p1 p')!.textContent = 'about nothing';
    scanner.queue([document.querySelector('#p1')!]);
    runIdle(50);
    expect(reports.at(-1)).toEqual(['p1', null]);
  });
});
