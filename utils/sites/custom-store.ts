import { storage } from 'wxt/utils/storage';
import type { CustomSiteSelectors } from './custom';

/** The selectors the manager gave per site in the options page (this browser only). */
export const customSitesItem = storage.defineItem<CustomSiteSelectors[]>('local:customSites', { fallback: [] });
