import { storage } from 'wxt/utils/storage';
import { DEFAULT_BUZZ, type BuzzSettings, type BuzzState } from './bad-buzz';

/** The bad-buzz thresholds (options page). */
export const buzzSettingsItem = storage.defineItem<BuzzSettings>('local:buzzSettings', { fallback: DEFAULT_BUZZ });
/** The episodes in progress, shown as a banner in the popup. */
export const buzzStateItem = storage.defineItem<BuzzState>('local:buzzState', { fallback: { active: {} } });
