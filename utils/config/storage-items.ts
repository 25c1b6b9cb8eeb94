import { storage } from 'wxt/utils/storage';
import { BUILT_IN_CONFIG } from './built-in';
import type { Config } from './schema';

/**
 * The configuration in force. Written only after `parseConfig` accepted it, so readers can
 * trust its shape; a fresh install reads the built-in one.
 */
export const configItem = storage.defineItem<Config>('local:config', {
  fallback: BUILT_IN_CONFIG,
  version: 1,
});
