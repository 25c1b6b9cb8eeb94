import { describe, expect, it } from 'vitest';
import type { InteractionRow, MentionRow } from '@/utils/db/database';
import { lastMonth, monthRange, monthReport, quantile, share } from '@/utils/report/stats';
import { makeInteraction } from '../fixtures';

const OCT = { year: 2026, month: 10 };
const [START] = monthRange(OCT);
const MIN = 60_000;
const DAY = 86_400_000;

const mention = (n: number, overrides: Partial<MentionRow> = {}): MentionRow => ({
  key: `web|post-${n}`,
  platform: 'web',
  url: `https://blog.example/${n}`,
  postId: `post-${n}`,
  author: `A${n}`,
  excerpt: `Post ${n}`,
  matchedQueries: ['brand'],
  triage: { lang: 'fr', sentiment: 'neu', kind: 'question', toxicity: 0, urgency: 0 },
  firstSeen: START + n * DAY,
  lastSeen: START + n * DAY,
  urgency: 0,
  handled: 0,
  ...overrides,
});
const interaction = (n: number, overrides: Partial<InteractionRow>): InteractionRow => ({ ...makeInteraction(n), postId: `post-${n}`, recordedAt: 0, ...overrides });

describe('quantile and share', () => {
  it.each([
    [[], 0.5, null],
    [[5], 0.9, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[10, 1, 7, 3, 5], 0.5, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
  ])('quantile(%j, %d) = %j', (values, q, expected) => {
    const got = quantile(values, q);
    expect(got === null ? null : Math.round(got * 1000) / 1000).toBe(expected);
  });

  it('shares and the default month', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
    expect(lastMonth(new Date(2026, 0, 15))).toEqual({ year: 2025, month: 12 });
    expect(lastMonth(new Date(2026, 10, 25))).toEqual({ year: 2026, month: 10 });
  });
});

describe('monthReport', () => {
  const mentions = [
    mention(1, { handled: 1, triage: { lang: 'fr', sentiment: 'neg', kind: 'complaint', toxicity: 0, urgency: 0.8 } }),
    mention(2, { handled: 1 }),
    mention(3, { platform: 'x', key: 'x|post-3', handled: 1, triage: { lang: 'en', sentiment: 'pos', kind: 'praise', toxicity: 0, urgency: 0 } }),
    mention(4),
    mention(40, { firstSeen: START + 40 * DAY }), // November: not this report's
  ];
  const interactions = [
    interaction(1, { at: START + DAY + 10 * MIN, responseMs: 10 * MIN, action: 'replied', replyId: 'complaint-fr', drift: 0 }),
    interaction(2, { at: START + 2 * DAY + 30 * MIN, responseMs: 30 * MIN, action: 'escalated', note: 'Juridique' }),
    interaction(3, { at: START + 3 * DAY + 90 * MIN, responseMs: 90 * MIN, platform: 'x', action: 'dm', replyId: 'private-en', drift: 0.2, avoided: ['shouting'] }),
    interaction(5, { at: START + 3 * DAY, action: 'replied', text: 'free', replyId: undefined }),
    // A second reply to post 1 does not count as another response time.
    interaction(6, { at: START + 5 * DAY, postId: 'post-1', responseMs: 4 * DAY, action: 'replied', replyId: 'complaint-fr', drift: 0.8 }),
  ];
  const report = monthReport(OCT, mentions, interactions);

  it('counts per platform and in all, with response-time percentiles', () => {
    expect(report.platforms.map((p) => [p.platform, p.detected, p.handled, p.handledShare])).toEqual([
      ['web', 3, 2, 2 / 3],
      ['x', 1, 1, 1],
    ]);
    expect(report.totals).toMatchObject({ detected: 4, handled: 3, handledShare: 0.75, medianResponseMs: 30 * MIN });
    expect(report.totals.p90ResponseMs).toBeCloseTo(78 * MIN, 5);
  });

  it('tells sentiment by day, kinds, escalations, the elements used and how replies were sent', () => {
    expect(report.sentimentByDay.map((d) => [d.day.slice(8), d.neg, d.neu, d.pos])).toEqual([
      ['02', 1, 0, 0],
      ['03', 0, 1, 0],
      ['04', 0, 0, 1],
      ['05', 0, 1, 0],
    ]);
    expect(report.kinds).toEqual({ complaint: 1, question: 2, praise: 1 });
    expect(report.escalations.map((e) => e.note)).toEqual(['Juridique']);
    expect(report.topReplies).toEqual([{ replyId: 'complaint-fr', count: 2 }, { replyId: 'private-en', count: 1 }]);
    expect(report.replyKinds).toEqual({ approved: 1, edited: 1, free: 2 });
    expect(report.avoided).toEqual({ shouting: 1 });
    expect(report.actions).toEqual({ replied: 3, escalated: 1, dm: 1 });
  });
});
