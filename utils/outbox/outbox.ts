import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Ack, Interaction, Mention, Message } from '../messages';

/** What goes through the outbox: the records the background must not miss. */
type Queued = Extract<Message, { type: 'interaction.record' | 'mention.seen' }>;
const idOf = (message: Queued) => (message.type === 'interaction.record' ? message.interaction.id : message.mention.id);
/** A record stored by an earlier version was a bare interaction. */
const asQueued = (value: unknown): Queued =>
  typeof value === 'object' && value !== null && 'type' in value ? (value as Queued) : { type: 'interaction.record', interaction: value as Interaction };

/**
 * Records wait here until the background acknowledges them: the service worker can be
 * stopped at any moment, and the tab can close before the answer comes. One key per
 * record (`outbox:<id>`), so two tabs writing at once never overwrite each other, and
 * any tab may re-send any record: the background stores an id once.
 */
const PREFIX = 'outbox:';
const keyOf = (id: string) => `local:${PREFIX}${id}` as const;

export interface OutboxOptions {
  send?: (message: Message) => Promise<Ack | undefined>;
  /** Retry delays in ms; the last one repeats. */
  delays?: readonly number[];
  /** Whether the content script is still alive (WXT's `ctx.isValid`). */
  isAlive?: () => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export interface Outbox {
  /** Keeps the record, then delivers it; resolves once it is acknowledged or queued. */
  add(interaction: Interaction): Promise<'delivered' | 'queued'>;
  /** The same for a sighting of a mention (the inbox). */
  seen(mention: Mention): Promise<'delivered' | 'queued'>;
  /** Re-sends every record still waiting (this tab's and others'). */
  flush(): Promise<void>;
}

export function createOutbox(options: OutboxOptions = {}): Outbox {
  const send = options.send ?? ((message: Message) => browser.runtime.sendMessage(message) as Promise<Ack | undefined>);
  const delays = options.delays ?? [500, 1000, 2000, 5000, 15000];
  const isAlive = options.isAlive ?? (() => true);
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const inFlight = new Set<string>();

  async function deliver(message: Queued, attempt = 0): Promise<boolean> {
    const id = idOf(message);
    if (inFlight.has(id) || !isAlive()) return false;
    inFlight.add(id);
    let ack: Ack | undefined;
    try {
      ack = await send(message);
    } catch {
      ack = undefined; // the worker was stopping or restarting: try again
    } finally {
      inFlight.delete(id);
    }
    if (ack?.ok) {
      await storage.removeItem(keyOf(id));
      return true;
    }
    if (ack && !ack.ok && !ack.retry) {
      // The background will never accept it; keeping it would retry forever.
      console.error('[Porte-Parole] record refused:', ack.error);
      await storage.removeItem(keyOf(id));
      return false;
    }
    const delay = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
    setTimer(() => void deliver(message, attempt + 1), delay);
    return false;
  }

  async function queue(message: Queued): Promise<'delivered' | 'queued'> {
    await storage.setItem(keyOf(idOf(message)), message);
    return (await deliver(message)) ? 'delivered' : 'queued';
  }

  return {
    add: (interaction) => queue({ type: 'interaction.record', interaction }),
    seen: (mention) => queue({ type: 'mention.seen', mention }),
    async flush() {
      const all = await storage.snapshot('local');
      const waiting = Object.entries(all)
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([, value]) => asQueued(value));
      await Promise.all(waiting.map((message) => deliver(message)));
    },
  };
}
