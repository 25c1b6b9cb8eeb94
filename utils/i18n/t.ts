import { browser } from 'wxt/browser';

/** A message name of `public/_locales/en/messages.json` (a test keeps fr in step). */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/**
 * A user-visible string in the browser's UI language (en or fr; en for any other).
 * Falls back to the key, so a missing translation shows up instead of an empty label.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language the UI is shown in: the browser's, when we have it; English otherwise. */
export function uiLanguage(): 'en' | 'fr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
