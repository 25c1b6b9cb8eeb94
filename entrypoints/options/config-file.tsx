import { useState } from 'preact/hooks';
import { download } from '@/components/download';
import { parseConfig, type Config } from '@/utils/config/schema';
import { t } from '@/utils/i18n/t';
import { exportRepliesCsv, parseRepliesCsv } from '@/utils/replies/csv';

/**
 * Import and export of the configuration file (`version: 1`) and of the approved replies
 * as CSV (see the README). A file is refused as a whole: what is stored stays as it was.
 */
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

  async function importCsv(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseRepliesCsv(await file.text());
    const next = parsed.ok ? parseConfig({ ...config, replies: parsed.replies }) : parsed;
    if (!next.ok) {
      setMessage({ ok: false, text: t('configImportError', [file.name, next.error]) });
      return;
    }
    await save(next.value);
    setMessage({ ok: true, text: t('repliesImported', [file.name, String(next.value.replies.length)]) });
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
      <button
        type="button"
        data-testid="config-export"
        onClick={() => download('porte-parole-config.json', 'application/json', JSON.stringify(config, null, 2))}
      >
        {t('configExport')}
      </button>
      <h3>{t('repliesCsvTitle')}</h3>
      <label class="file">
        {t('repliesCsvImport')}{' '}
        <input type="file" accept="text/csv,.csv" data-testid="replies-csv-import" onChange={(e) => void importCsv(e.currentTarget)} />
      </label>{' '}
      <button
        type="button"
        data-testid="replies-csv-export"
        onClick={() => download('porte-parole-replies.csv', 'text/csv;charset=utf-8', `\uFEFF${exportRepliesCsv(config.replies)}`)}
      >
        {t('repliesCsvExport')}
      </button>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="config-status">
          {message.text}
        </p>
      )}
    </section>
  );
}
