/** Small DOM readers shared by the site adapters. */

/** Bidi marks and isolates sites wrap names in (Bluesky, X), and zero-width spaces. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** An element's text as one tidy line: no bidi marks, no runs of spaces. */
export function cleanText(element: Element | null | undefined): string {
  return tidy(element?.textContent ?? '');
}

export function tidy(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Resolves a link's address against the page (an `<a>`'s own `href` is already absolute). */
export function linkOf(element: Element | null | undefined): string {
  if (!element) return '';
  const anchor = element.closest('a') ?? element.querySelector('a');
  const raw = anchor?.getAttribute('href');
  if (!raw) return '';
  try {
    return new URL(raw, element.ownerDocument.baseURI).href;
  } catch {
    return '';
  }
}

/** A `<time>`'s machine date, else a title or the text shown ("2 h"). */
export function timeOf(element: Element | null | undefined): string {
  if (!element) return '';
  const time = element.matches('time') ? element : element.querySelector('time');
  return (
    time?.getAttribute('datetime') ??
    element.getAttribute('datetime') ??
    element.getAttribute('title') ??
    element.getAttribute('data-tooltip') ??
    cleanText(element)
  );
}

/** Resolves once `find` returns something, or with null after `timeoutMs`. */
export function waitFor<T>(find: () => T | null, timeoutMs: number, everyMs = 50): Promise<T | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      let found: T | null = null;
      try {
        found = find();
      } catch {
        found = null;
      }
      if (found) return resolve(found);
      if (Date.now() - started >= timeoutMs) return resolve(null);
      setTimeout(tick, everyMs);
    };
    tick();
  });
}

/** Whether a page's `<meta name="generator">` names this software. */
export function generatorIs(document: Document, name: RegExp): boolean {
  const content = document.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
  return name.test(content);
}

/** Whether the host is this domain or one of its subdomains. */
export function onDomain(location: Location, ...domains: string[]): boolean {
  const host = location.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * A name and a handle from the profile links of a post header, where the site writes
 * both as links (X, Bluesky): the one starting with `@` is the handle.
 */
export function nameAndHandle(links: Iterable<Element>): { name: string; handle: string } {
  let name = '';
  let handle = '';
  for (const link of links) {
    const text = cleanText(link);
    if (!text) continue;
    if (text.startsWith('@')) handle ||= text;
    else name ||= text;
  }
  return { name, handle };
}
