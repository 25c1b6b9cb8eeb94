import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

/**
 * Site-specific adapters, most specific first; the generic one is the fallback. Each
 * adapter's `matches` runs guarded, so a broken adapter is skipped, never fatal.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [];

export function pickAdapter(location: Location, document: Document, adapters = SITE_ADAPTERS): SiteAdapter {
  for (const adapter of adapters) {
    try {
      if (adapter.matches(location, document)) return adapter;
    } catch (error) {
      console.warn(`[Porte-Parole] adapter ${adapter.id} failed to check this page`, error);
    }
  }
  return genericAdapter;
}
