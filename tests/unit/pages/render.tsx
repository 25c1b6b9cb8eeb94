import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { render, type ComponentChildren } from 'preact';

/** Renders an extension page's component the way `renderPage` does, into a fresh container. */
export function renderWithQuery(children: ComponentChildren): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}>{children}</QueryClientProvider>, container);
  return container;
}
