import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { download } from '@/components/download';
import { makeBackup } from '@/utils/backup/backup';
import { retentionItem } from '@/utils/backup/storage-items';
import { loadPersonal } from '@/utils/config/settings';
import { privacyItem } from '@/utils/config/storage-items';
import { getDb } from '@/utils/db/instance';
import { t } from '@/utils/i18n/t';
import type { Ack, Message } from '@/utils/messages';

/**
 * The data: how long records are kept, and a full backup (settings and log) to one file,
 * restored through the background, which refuses a damaged file without touching anything.
 */
export function DataSection() {
  const [months, setMonths] = useState(0);
  const [storeText, setStoreText] = useState(true);
  useEffect(() => void privacyItem.getValue().then((p) => setStoreText(p.storePostText)), []);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => void retentionItem.getValue().then((r) => setMonths(r.months)), []);

  async function exportBackup() {
    const backup = await makeBackup(getDb(), await loadPersonal());
    download(`porte-parole-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', JSON.stringify(backup));
  }

  async function restore(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch (error) {
      setMessage({ ok: false, text: t('configImportError', [file.name, `JSON: ${(error as Error).message}`]) });
      return;
    }
    const request: Message = { type: 'backup.restore', backup };
    const ack = (await browser.runtime.sendMessage(request)) as Ack | undefined;
    setMessage(ack?.ok ? { ok: true, text: t('backupRestored', file.name) } : { ok: false, text: t('configImportError', [file.name, ack && !ack.ok ? ack.error : '?']) });
  }

  return (
    <section>
      <h2>{t('dataTitle')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="store-post-text"
          checked={storeText}
          onChange={(e) => {
            setStoreText(e.currentTarget.checked);
            void privacyItem.setValue({ storePostText: e.currentTarget.checked });
          }}
        />{' '}
        {t('storePostText')}
      </label>
      <label>
        {t('retentionMonths')}{' '}
        <input
          type="number"
          min={0}
          max={120}
          data-testid="retention-months"
          value={months}
          onChange={(e) => {
            const value = Math.round(Number(e.currentTarget.value));
            if (Number.isFinite(value) && value >= 0 && value <= 120) {
              setMonths(value);
              void retentionItem.setValue({ months: value });
            }
          }}
        />
      </label>
      <p class="hint">{t('retentionHint')}</p>
      <button type="button" data-testid="backup-export" onClick={() => void exportBackup()}>{t('backupExport')}</button>{' '}
      <label class="file">
        {t('backupImport')}{' '}
        <input type="file" accept="application/json,.json" data-testid="backup-import" onChange={(e) => void restore(e.currentTarget)} />
      </label>
      {message && <p class={message.ok ? 'ok' : 'error'} role="status" data-testid="backup-status">{message.text}</p>}
    </section>
  );
}
