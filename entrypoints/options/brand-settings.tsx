import { useState } from 'preact/hooks';
import { parseConfig, type Config, type ParseResult } from '@/utils/config/schema';
import { t } from '@/utils/i18n/t';

/**
 * The brand's name, the manager's signature (`{agent}`) and custom variables, one per
 * line as `name = value` (a hotline number, a help page), usable as `{name}` in replies.
 */
export function BrandSettings({ config, save }: { config: Config; save: (next: Config) => Promise<void> }) {
  const [name, setName] = useState(config.brand.name);
  const [agent, setAgent] = useState(config.brand.agent);
  const [variables, setVariables] = useState(
    Object.entries(config.variables ?? {}).map(([k, value]) => `${k} = ${value}`).join('\n'),
  );
  const [saved, setSaved] = useState(false);

  const parsedVariables = parseVariables(variables);
  // Removing a variable that a reply still uses is refused here, naming that reply's field.
  const next: ParseResult<Config> = 'error' in parsedVariables
    ? { ok: false, error: parsedVariables.error }
    : parseConfig({ ...config, brand: { ...config.brand, name, agent }, variables: parsedVariables.value });
  const error = next.ok ? null : next.error;

  return (
    <section>
      <h2>{t('brandTitle')}</h2>
      <form
        class="brand"
        onSubmit={(e) => {
          e.preventDefault();
          if (next.ok) void save(next.value).then(() => setSaved(true));
        }}
      >
        <label>{t('brandName')} <input data-testid="brand-name" value={name} onInput={(e) => { setName(e.currentTarget.value); setSaved(false); }} /></label>
        <label>{t('brandAgent')} <input data-testid="brand-agent" value={agent} onInput={(e) => { setAgent(e.currentTarget.value); setSaved(false); }} /></label>
        <label class="wide">{t('brandVariables')}
          <textarea data-testid="brand-variables" rows={3} value={variables} placeholder="hotline = 01 23 45 67 89" onInput={(e) => { setVariables(e.currentTarget.value); setSaved(false); }} />
        </label>
        <p class="error" role="alert" data-testid="brand-error">{error ?? ''}</p>
        <button type="submit" data-testid="brand-save" disabled={error !== null}>{t('replySave')}</button>
        {saved && <span class="ok" role="status"> {t('brandSaved')}</span>}
      </form>
    </section>
  );
}

/** `name = value` lines; a line without `=` is an error that names it. */
function parseVariables(text: string): { value: Record<string, string> } | { error: string } {
  const value: Record<string, string> = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const at = line.indexOf('=');
    if (at < 0) return { error: t('brandVariableLine', String(index + 1)) };
    value[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { value };
}
