import { useState } from 'preact/hooks';
import { parseConfig, type Config } from '@/utils/config/schema';
import { t } from '@/utils/i18n/t';

/** Import and export of the configuration file (`version: 1`, see the README). */
export function ConfigFile({ config, save }: { config: Config; save: (next: Config) => Promise<void> }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      setMessage({ ok: false, text: t('configImportError', [file.name, `JSON: ${(error as Error).message}`]) });
      return;
    }
    const parsed = parseConfig(data);
    if (!parsed.ok) {
      // Refused as a whole: the configuration in force stays as it was.
      setMessage({ ok: false, text: t('configImportError', [file.name, parsed.error]) });
      return;
    }
    await save(parsed.value);
    setMessage({ ok: true, text: t('configImported', file.name) });
  }

  function exportFile() {
    const blob = new Blob([JSON.stringify(config, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'porte-parole-config.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  return (
    <section>
      <h2>{t('configTitle')}</h2>
      <label class="file">
        {t('configImport')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="config-import"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </label>{' '}
      <button type="button" data-testid="config-export" onClick={exportFile}>
        {t('configExport')}
      </button>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="config-status">
          {message.text}
        </p>
      )}
    </section>
  );
}
