import { useState } from 'preact/hooks';
import { parseConfig, type Config } from '@/utils/config/schema';
import { t, type MessageKey } from '@/utils/i18n/t';
import { TONE_TABLES, toneMessageKey } from '@/utils/tone/check-reply';
import { MANDATORY_RULES, TONE_RULE_IDS, type ToneRuleId } from '@/utils/tone/rules/types';

/** Up to this many words of a rule's table are shown as its examples. */
const EXAMPLES = 6;

/**
 * The tone rules: what each checks (with examples from the French and English tables),
 * a switch per rule, and the brand's own forbidden phrases, one per line.
 */
export function ToneRules({ config, save }: { config: Config; save: (next: Config) => Promise<void> }) {
  const [forbidden, setForbidden] = useState(config.tone.forbidden.join('\n'));
  const [saved, setSaved] = useState(false);
  const disabled = new Set(config.tone.disabled ?? []);

  const withTone = (tone: Partial<Config['tone']>) => {
    const next = parseConfig({ ...config, tone: { ...config.tone, ...tone } });
    return next.ok ? save(next.value) : Promise.resolve();
  };
  const toggle = (rule: ToneRuleId, on: boolean) => {
    const next = TONE_RULE_IDS.filter((id) => (id === rule ? !on : disabled.has(id)));
    void withTone({ disabled: next });
  };
  const examples = (rule: ToneRuleId) =>
    (['fr', 'en'] as const).map((lang) => {
      const table = TONE_TABLES[lang].rules.find((r) => r.id === rule);
      const words = table?.phrases.slice(0, EXAMPLES).map((p) => (typeof p === 'string' ? p : p.phrase));
      return words?.length ? `${lang.toUpperCase()}: ${words.join(', ')}…` : '';
    }).filter(Boolean).join(' · ');

  return (
    <section>
      <h2>{t('toneTitle')}</h2>
      <p class="hint">{t('toneHint')}</p>
      <ul class="tone-rules">
        {TONE_RULE_IDS.map((rule) => (
          <li key={rule} data-testid="tone-rule" data-rule={rule}>
            <label>
              <input
                type="checkbox"
                data-testid="tone-rule-toggle"
                checked={!disabled.has(rule)}
                disabled={MANDATORY_RULES.includes(rule)}
                onChange={(e) => toggle(rule, e.currentTarget.checked)}
              />{' '}
              {t(toneMessageKey(rule) as MessageKey)}
            </label>
            {examples(rule) && <small class="hint"> {examples(rule)}</small>}
          </li>
        ))}
      </ul>
      <label class="wide">
        {t('toneForbidden')}
        <textarea
          data-testid="tone-forbidden"
          rows={3}
          value={forbidden}
          onInput={(e) => {
            setForbidden(e.currentTarget.value);
            setSaved(false);
          }}
        />
      </label>
      <button
        type="button"
        data-testid="tone-save"
        onClick={() => {
          const phrases = [...new Set(forbidden.split('\n').map((l) => l.trim()).filter(Boolean))];
          void withTone({ forbidden: phrases }).then(() => setSaved(true));
        }}
      >
        {t('replySave')}
      </button>
      {saved && <span class="ok" role="status"> {t('brandSaved')}</span>}
    </section>
  );
}
