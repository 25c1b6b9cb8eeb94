import { storage } from 'wxt/utils/storage';

/** Records older than this many months are purged (0: keep everything). */
export const retentionItem = storage.defineItem<{ months: number }>('local:retention', { fallback: { months: 0 } });
