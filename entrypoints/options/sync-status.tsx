import type { SyncState } from '@/utils/config/storage-items';
import { t } from '@/utils/i18n/t';

/**
 * Whether the personal settings follow the manager to their other browsers. When they no
 * longer fit `storage.sync`, say so: they are complete in this browser all the same.
 */
export function SyncStatus({ state }: { state: SyncState | null }) {
  if (!state || state.status === 'synced' || state.status === 'pending') {
    return state?.status === 'synced' ? <p class="hint" data-testid="sync-status" data-state="synced">{t('syncOk')}</p> : null;
  }
  const text = state.status === 'too-big'
    ? t('syncTooBig', [String(Math.ceil((state.bytes ?? 0) / 1024)), String(Math.floor((state.quota ?? 0) / 1024))])
    : t('syncError', state.error ?? '');
  return <p class="warning" role="alert" data-testid="sync-status" data-state={state.status}>{text}</p>;
}
