/** Chrome's `storage.sync` quotas (Firefox has the same sizes and no write rate limit). */
export const SYNC_QUOTAS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  // Chrome also counts per hour; 120 a minute sustained would run into this one.
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;
