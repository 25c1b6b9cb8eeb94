import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig } from '@/utils/config/schema';
import { suggestReplies } from '@/utils/replies/suggest';

const example = parseConfig(JSON.parse(readFileSync('tests/fixtures/config.example.json', 'utf8')));
if (!example.ok) throw new Error(example.error);
const config = example.value;

describe('suggestReplies', () => {
  it('fills the variables of every approved reply', () => {
    const texts = suggestReplies(config, { platform: 'web', author: 'Léa', matchedIds: ['product-rocket'], lang: 'fr' }).map((s) => s.text);
    expect(texts[0]).toBe('Merci beaucoup Léa pour ce retour ! Toute l\'équipe Acme est ravie. Camille, équipe Acme');
    expect(texts).toHaveLength(config.replies.length);
    expect(texts.join('\n')).not.toMatch(/\{\w+\}/);
  });

  it('takes the platform variant when the reply has one', () => {
    const onX = suggestReplies(config, { platform: 'x', author: 'Sam', matchedIds: [] });
    expect(onX.find((s) => s.reply.id === 'complaint-fr')!.text).toBe(
      "Bonjour Sam, désolés pour ce souci ! Écrivez-nous en MP avec votre n° de commande, on s'en occupe. Camille, équipe Acme",
    );
    const onWeb = suggestReplies(config, { platform: 'web', author: 'Sam', matchedIds: [] });
    expect(onWeb.find((s) => s.reply.id === 'complaint-fr')!.text).toMatch(/^Bonjour Sam, nous sommes désolés/);
  });

  it('puts the post language first and keeps the configured order among equals', () => {
    const en = suggestReplies(config, { platform: 'web', author: 'Sam', matchedIds: [], lang: 'en' });
    expect(en.map((s) => s.reply.id)).toEqual(['thanks-en', 'question-en', 'thanks-fr', 'complaint-fr']);
  });

  it('answers in the post language from a translation, with custom variables', () => {
    const withTranslation = {
      ...config,
      variables: { hotline: '01 23 45 67 89' },
      replies: [{ ...config.replies[0]!, text: 'Merci {author}, appelez le {hotline}.', translations: { en: { text: 'Thanks {author}, call {hotline}.' } } }],
    };
    const [fr] = suggestReplies(withTranslation, { platform: 'web', author: 'Léa', matchedIds: [], lang: 'fr' });
    const [en] = suggestReplies(withTranslation, { platform: 'web', author: 'Sam', matchedIds: [], lang: 'en' });
    expect([fr!.lang, fr!.text]).toEqual(['fr', 'Merci Léa, appelez le 01 23 45 67 89.']);
    expect([en!.lang, en!.text]).toEqual(['en', 'Thanks Sam, call 01 23 45 67 89.']);
  });
});
