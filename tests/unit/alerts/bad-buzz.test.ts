import { describe, expect, it } from 'vitest';
import { badBuzz, DEFAULT_BUZZ, nextEpisodes } from '@/utils/alerts/bad-buzz';

const NOW = Date.UTC(2026, 10, 25, 12);
const MIN = 60_000;
const neg = { lang: 'fr', sentiment: 'neg', kind: 'complaint', toxicity: 0.1, urgency: 0.5 } as const;
const pos = { lang: 'fr', sentiment: 'pos', kind: 'praise', toxicity: 0, urgency: 0 } as const;
const at = (minutesAgo: number, triage: typeof neg | typeof pos = neg, query = 'brand') => ({ firstSeen: NOW - minutesAgo * MIN, matchedQueries: [query], triage });
const times = (n: number, f: (i: number) => ReturnType<typeof at>) => Array.from({ length: n }, (_, i) => f(i));

describe('badBuzz', () => {
  it.each([
    ['a burst of 6 hostile mentions in the hour after a quiet half-day', [...times(6, (i) => at(i * 5))], ['brand:6']],
    ['only 4: under the floor', [...times(4, (i) => at(i * 5))], []],
    ['6 in the hour, 3 times the usual 2 an hour: not more than 3 times', [...times(6, (i) => at(i * 5)), ...times(24, (i) => at(61 + i * 29))], []],
    ['7 in the hour against the usual 2 an hour', [...times(7, (i) => at(i * 5)), ...times(24, (i) => at(61 + i * 29))], ['brand:7']],
    ['6 in the hour against 5 an hour before: not faster than usual', [...times(6, (i) => at(i * 5)), ...times(60, (i) => at(61 + i * 11))], []],
    ['6 positive mentions: not a bad buzz', [...times(6, (i) => at(i * 5, pos))], []],
    ['older than the baseline does not count', [...times(6, (i) => at(14 * 60 + i))], []],
  ])('%s', (_label, mentions, expected) => {
    expect(badBuzz(mentions, NOW, DEFAULT_BUZZ).map((b) => `${b.queryId}:${b.recent}`)).toEqual(expected);
  });

  it('follows the settings, per query', () => {
    const mentions = [...times(3, (i) => at(i, neg, 'rocket')), ...times(6, (i) => at(i))];
    expect(badBuzz(mentions, NOW, { ...DEFAULT_BUZZ, floor: 3 }).map((b) => b.queryId)).toEqual(['brand', 'rocket']);
    expect(badBuzz(mentions, NOW, { ...DEFAULT_BUZZ, enabled: false })).toEqual([]);
  });
});

describe('nextEpisodes', () => {
  it('announces an episode once, and again only after it ended', () => {
    const buzz = [{ queryId: 'brand', recent: 6, usual: 0.1 }];
    const first = nextEpisodes({ active: {} }, buzz, 1);
    expect(first.started.map((b) => b.queryId)).toEqual(['brand']);
    const second = nextEpisodes(first.state, [{ ...buzz[0]!, recent: 9 }], 2);
    expect(second.started).toEqual([]);
    expect(second.state.active.brand).toEqual({ since: 1, recent: 9 });
    const calm = nextEpisodes(second.state, [], 3);
    expect(calm.state).toEqual({ active: {} });
    expect(nextEpisodes(calm.state, buzz, 4).started).toHaveLength(1);
  });
});
