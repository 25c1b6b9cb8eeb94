import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { render, type ComponentChildren } from 'preact';
import { uiLanguage } from '@/utils/i18n/t';

/**
 * Mounts an extension page: its language from the browser's UI (the page text comes
 * from `_locales`), and one TanStack Query client.
 */
export function renderPage(root: HTMLElement, children: ComponentChildren): void {
  document.documentElement.lang = uiLanguage();
  const client = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
  render(<QueryClientProvider client={client}>{children}</QueryClientProvider>, root);
}
