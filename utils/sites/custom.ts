import { defineSite } from './define-site';
import { genericAdapter, SELECTORS as GENERIC } from './generic';
import type { SiteAdapter } from './types';

/**
 * Selectors a manager gives for one site in the options page (a forum or blog the generic
 * heuristics read badly). Each field is a CSS selector list; an empty field falls back to
 * the generic adapter's alternatives.
 */
export interface CustomSiteSelectors {
  host: string;
  post: string;
  text?: string;
  author?: string;
  permalink?: string;
  replyButton?: string;
  replyBox?: string;
}

/** Whether a selector list parses, so a typo is refused in the options page, not at run time. */
export function isValidSelector(selector: string, document: Document = globalThis.document): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const or = (given: string | undefined, fallback: readonly string[]) => (given?.trim() ? [given.trim()] : fallback);

export function customSiteAdapter(site: CustomSiteSelectors): SiteAdapter {
  return defineSite({
    id: `custom:${site.host}`,
    platform: 'web',
    editor: genericAdapter.editor,
    matches: (location) => location.hostname.toLowerCase() === site.host.toLowerCase(),
    selectors: {
      post: [site.post],
      text: or(site.text, GENERIC.text),
      author: or(site.author, GENERIC.author),
      permalink: or(site.permalink, GENERIC.permalink),
      replyButton: site.replyButton?.trim() ? [site.replyButton.trim()] : [],
      replyBox: or(site.replyBox, GENERIC.replyBox),
    },
    replyScope: (post) => post.ownerDocument,
  });
}
