import { useQueryClient } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseMessage } from '@/utils/messages';

/** Query keys of what the background announces; one place so pages agree. */
export const INTERACTIONS_KEY = ['interactions'] as const;

/**
 * Refetches the log when the background announces a change. Returns nothing to the
 * sender: other messages (a content script's record) are the background's to answer.
 */
export function useLogRefresh(): void {
  const client = useQueryClient();
  useEffect(() => {
    const listener = (raw: unknown) => {
      const parsed = parseMessage(raw);
      if (parsed.ok && parsed.message.type === 'interactions.changed') {
        void client.invalidateQueries({ queryKey: INTERACTIONS_KEY });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [client]);
}
