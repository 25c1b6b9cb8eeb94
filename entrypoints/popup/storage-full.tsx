import { useEffect, useState } from 'preact/hooks';
import { storageFullItem } from '@/utils/config/storage-items';
import { t } from '@/utils/i18n/t';

/** Says when the browser has no room left for the log; the records wait until it has. */
export function StorageFullBanner() {
  const [full, setFull] = useState<{ at: number } | null>(null);
  useEffect(() => {
    void storageFullItem.getValue().then(setFull);
    return storageFullItem.watch(setFull);
  }, []);
  if (!full) return null;
  return <p class="buzz" role="alert" data-testid="pp-storage-full">{t('storageFull')}</p>;
}
