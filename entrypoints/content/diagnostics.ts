import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, type Diagnostics } from '@/utils/messages';
import type { AdapterError } from '@/utils/sites/guard';

/**
 * What the popup's diagnostics view shows for this tab: the adapter in use, what it sees,
 * and its last error. The popup asks with `diagnostics.get` (`tabs.sendMessage`); only
 * this extension's own pages are answered.
 */
export function answerDiagnostics(ctx: ContentScriptContext, snapshot: () => Diagnostics): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: Diagnostics) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(raw);
    if (!parsed.ok || parsed.message.type !== 'diagnostics.get') return undefined;
    sendResponse(snapshot());
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Keeps the last adapter error of this page. */
export function errorLog() {
  let last: AdapterError | null = null;
  return {
    record: (error: AdapterError) => void (last = error),
    get last() {
      return last;
    },
  };
}
