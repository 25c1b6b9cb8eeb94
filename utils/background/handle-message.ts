import { recordInteraction } from '../db/interactions';
import { recordMention } from '../db/mentions';
import { parseBackup, restoreLog } from '../backup/backup';
import { savePersonal } from '../config/settings';
import { isHostile } from '../alerts/bad-buzz';
import type { PorteParoleDb } from '../db/database';
import { isOwnSender, parseMessage, type Ack, type SenderInfo } from '../messages';

export interface HandlerDeps {
  db: PorteParoleDb;
  extensionId: string;
  extensionOrigin: string;
  /** Tells open extension pages that the log changed. */
  announceChange: () => void;
  /** Shows a tab's mention count on the toolbar icon. */
  setBadge: (tabId: number, count: number) => Promise<void>;
  /** The database refused a write for lack of space (true), or wrote again (false). */
  onStorageFull?: (full: boolean) => Promise<void>;
  /** A new negative or toxic mention arrived: look for a bad buzz. */
  onHostileMention?: () => Promise<void>;
  /** Fetches the team source; resolves with the error of this attempt, or null. */
  syncTeam: () => Promise<string | null>;
}

/**
 * The background's answer to one message: validated, sender checked, then written.
 * Returns undefined for messages that are not requests to the background (broadcasts),
 * so another listener may answer them.
 */
export async function handleMessage(raw: unknown, sender: SenderInfo, deps: HandlerDeps): Promise<Ack | undefined> {
  if (!isOwnSender(sender, deps.extensionId, deps.extensionOrigin)) {
    return { ok: false, error: 'Refused: the sender is not part of Porte-Parole', retry: false };
  }
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error, retry: false };
  const { message } = parsed;
  switch (message.type) {
    case 'interaction.record':
      try {
        if ((await recordInteraction(deps.db, message.interaction)) === 'stored') deps.announceChange();
        await deps.onStorageFull?.(false);
        return { ok: true };
      } catch (error) {
        // The record stays in the content script's outbox and is sent again: the newest
        // records are never the ones lost. The manager is told the disk is full.
        if (isQuotaError(error)) await deps.onStorageFull?.(true);
        return { ok: false, error: `Could not store the interaction: ${errorText(error)}`, retry: true };
      }
    case 'mentions.count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'mentions.count comes from a tab', retry: false };
      await deps.setBadge(tabId, message.count);
      return { ok: true };
    }
    case 'mention.seen':
      try {
        if ((await recordMention(deps.db, message.mention)) === 'new') {
          deps.announceChange();
          if (isHostile(message.mention)) await deps.onHostileMention?.();
        }
        return { ok: true };
      } catch (error) {
        return { ok: false, error: `Could not store the mention: ${errorText(error)}`, retry: true };
      }
    case 'backup.restore': {
      if (!sender.url?.startsWith(deps.extensionOrigin)) return { ok: false, error: 'backup.restore comes from an extension page', retry: false };
      const parsed = parseBackup(message.backup);
      // A damaged file is refused before anything is touched.
      if (!parsed.ok) return { ok: false, error: parsed.error, retry: false };
      try {
        await restoreLog(deps.db, parsed.value);
        await savePersonal(parsed.value.personal, parsed.value.personal);
        deps.announceChange();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: `Could not restore: ${errorText(error)}`, retry: true };
      }
    }
    case 'team.sync': {
      // Only the extension's own pages (the options page, which may sit in a tab) start a
      // fetch; a content script's sender URL is the web page's.
      if (!sender.url?.startsWith(deps.extensionOrigin)) return { ok: false, error: 'team.sync comes from an extension page', retry: false };
      const error = await deps.syncTeam();
      return error ? { ok: false, error, retry: true } : { ok: true };
    }
    case 'interactions.changed':
      return undefined;
    case 'diagnostics.get':
      // Asked of a tab's content script, not of the background.
      return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
