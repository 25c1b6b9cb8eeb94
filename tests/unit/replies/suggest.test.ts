import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseConfig } from '@/utils/config/schema';
import { suggestReplies } from '@/utils/replies/suggest';

const example = parseConfig(JSON.parse(readFileSync('tests/fixtures/config.example.json', 'utf8')));
if (!example.ok) throw new Error(example.error);
const config = example.value;

describe('suggestReplies', () => {
  it('fills the variables of every approved reply', () => {
    const texts = suggestReplies(config, { platform: 'web', author: 'Léa', matchedLabels: ['Rocket'] }).map((s) => s.text);
    expect(texts[0]).toBe('Merci beaucoup Léa pour ce retour ! Toute l\'équipe Acme est ravie. Camille, équipe Acme');
    expect(texts).toHaveLength(config.replies.length);
    expect(texts.join('\n')).not.toMatch(/\{\w+\}/);
  });

  it('takes the platform variant when the reply has one', () => {
    const onX = suggestReplies(config, { platform: 'x', author: 'Sam', matchedLabels: [] });
    expect(onX.find((s) => s.reply.id === 'complaint-fr')!.text).toBe(
      "Bonjour Sam, désolés pour ce souci ! Écrivez-nous en MP avec votre n° de commande, on s'en occupe. Camille, équipe Acme",
    );
    const onWeb = suggestReplies(config, { platform: 'web', author: 'Sam', matchedLabels: [] });
    expect(onWeb.find((s) => s.reply.id === 'complaint-fr')!.text).toMatch(/^Bonjour Sam, nous sommes désolés/);
  });
});
