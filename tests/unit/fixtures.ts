import type { Interaction } from '@/utils/messages';

/** A valid interaction record, numbered so several stay distinct and ordered in time. */
export function makeInteraction(n: number, overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: Date.UTC(2026, 10, 22, 9, 0, n),
    platform: 'web',
    url: `https://blog.example/posts/${n}`,
    postId: `https://blog.example/posts/${n}`,
    author: `Author ${n}`,
    excerpt: `Post ${n} about Acme`,
    matchedQueries: ['brand'],
    action: 'replied',
    replyId: 'thanks-en',
    text: `Reply ${n}`,
    toneLevel: 'ok',
    ...overrides,
  };
}
