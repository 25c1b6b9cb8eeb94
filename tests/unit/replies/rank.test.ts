import { describe, expect, it } from 'vitest';
import type { Reply } from '@/utils/config/schema';
import { rankReplies, searchReplies, type RankContext } from '@/utils/replies/rank';

const reply = (id: string, category: Reply['category'], lang: Reply['lang'], extra: Partial<Reply> = {}): { reply: Reply; text: string } => ({
  reply: { id, title: id, category, lang, text: `${id} text`, ...extra },
  text: `${id} text`,
});

const ELEMENTS = [
  reply('praise-en', 'praise', 'en'),
  reply('complaint-fr', 'complaint', 'fr'),
  reply('question-fr', 'question', 'fr'),
  reply('question-en', 'question', 'en', { platforms: { x: 'short' } }),
  reply('rocket-fr', 'question', 'fr', { tags: ['Rocket'] }),
  reply('both', 'complaint', 'en', { translations: { fr: { text: 'fr' } } }),
  reply('troll-fr', 'troll', 'fr'),
];

const order = (context: RankContext) => rankReplies(ELEMENTS, context).map((s) => s.reply.id);

describe('rankReplies', () => {
  it.each<[string, RankContext, string[]]>([
    ['no clue: the configured order', { platform: 'web', matched: [] }, ELEMENTS.map((e) => e.reply.id)],
    ['a French post: French first (translations count)', { platform: 'web', matched: [], lang: 'fr' }, ['complaint-fr', 'question-fr', 'rocket-fr', 'both', 'troll-fr', 'praise-en', 'question-en']],
    ['a French complaint', { platform: 'web', matched: [], lang: 'fr', kind: 'complaint', sentiment: 'neg' }, ['complaint-fr', 'both', 'question-fr', 'rocket-fr', 'troll-fr', 'praise-en', 'question-en']],
    ['an English question on X', { platform: 'x', matched: [], lang: 'en', kind: 'question' }, ['question-en', 'praise-en', 'both', 'question-fr', 'rocket-fr', 'complaint-fr', 'troll-fr']],
    ['a French question about Rocket', { platform: 'web', matched: ['product-rocket', 'rocket'], lang: 'fr', kind: 'question' }, ['rocket-fr', 'question-fr', 'complaint-fr', 'both', 'troll-fr', 'question-en', 'praise-en']],
    ['a troll', { platform: 'web', matched: [], lang: 'fr', kind: 'toxic' }, ['troll-fr', 'complaint-fr', 'question-fr', 'rocket-fr', 'both', 'praise-en', 'question-en']],
  ])('%s', (_label, context, expected) => {
    expect(order(context)).toEqual(expected);
  });
});

describe('searchReplies', () => {
  it.each([
    ['', ELEMENTS.length],
    ['QUESTION', 3],
    ['question fr', 2],
    ['rocket', 1],
    ['nothing like it', 0],
  ])('%j finds %d', (query, count) => {
    expect(searchReplies(ELEMENTS, query)).toHaveLength(count);
  });

  it('ignores accents and case', () => {
    const items = [{ reply: { id: 'r', title: 'Réclamation', category: 'complaint' as const, lang: 'fr' as const, text: 'x' }, text: 'Désolés' }];
    expect(searchReplies(items, 'reclamation DESOLES')).toHaveLength(1);
  });
});
