import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { render, type ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';

/**
 * Mounts an extension page: its language from the browser's UI (the page text comes
 * from `_locales`), and one TanStack Query client.
 */
export function renderPage(root: HTMLElement, children: ComponentChildren): void {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
  const client = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
  render(<QueryClientProvider client={client}>{children}</QueryClientProvider>, root);
}
