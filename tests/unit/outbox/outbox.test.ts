import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Ack, Message } from '@/utils/messages';
import { createOutbox } from '@/utils/outbox/outbox';
import { makeInteraction } from '../fixtures';

const waiting = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('outbox:'));

/** A send that answers from a script, and a timer list the test runs by hand. */
function harness(answers: Array<Ack | undefined | Error>) {
  const sent: Message[] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const send = vi.fn(async (message: Message) => {
    sent.push(message);
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const outbox = createOutbox({ send, delays: [10, 20], setTimer: (fn, ms) => timers.push({ fn, ms }) });
  return { outbox, sent, timers, send };
}

describe('outbox', () => {
  it('forgets a record once the background acknowledges it', async () => {
    const { outbox, sent } = harness([{ ok: true }]);
    expect(await outbox.add(makeInteraction(1))).toBe('delivered');
    expect(sent).toEqual([{ type: 'interaction.record', interaction: makeInteraction(1) }]);
    expect(await waiting()).toEqual([]);
  });

  it('keeps a record the worker did not answer and re-sends it until acknowledged', async () => {
    const stopped = new Error('Could not establish connection. Receiving end does not exist.');
    const { outbox, timers, send } = harness([stopped, undefined, { ok: true }]);
    expect(await outbox.add(makeInteraction(1))).toBe('queued');
    expect(await waiting()).toEqual([`outbox:${makeInteraction(1).id}`]);

    timers.shift()!.fn();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    expect(timers[0]!.ms).toBe(20);
    timers.shift()!.fn();
    await vi.waitFor(async () => expect(await waiting()).toEqual([]));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('retries when the background could not store, drops a permanent refusal', async () => {
    const { outbox, timers } = harness([
      { ok: false, error: 'Could not store the interaction: QuotaExceededError', retry: true },
      { ok: false, error: 'Invalid interaction.record message: interaction.id: …', retry: false },
    ]);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await outbox.add(makeInteraction(1))).toBe('queued');
    expect(await waiting()).toHaveLength(1);
    timers.shift()!.fn();
    await vi.waitFor(async () => expect(await waiting()).toEqual([]));
    expect(timers).toHaveLength(0);
    expect(error).toHaveBeenCalledWith('[Porte-Parole] record refused:', expect.stringContaining('Invalid'));
  });

  it('re-sends on flush what another tab (or a closed one) left waiting', async () => {
    await fakeBrowser.storage.local.set({
      [`outbox:${makeInteraction(2).id}`]: makeInteraction(2),
      [`outbox:${makeInteraction(3).id}`]: makeInteraction(3),
      config: { unrelated: true },
    });
    const { outbox, sent } = harness([{ ok: true }, { ok: true }]);
    await outbox.flush();
    expect(sent.map((m) => m.type === 'interaction.record' && m.interaction.author).sort()).toEqual(['Author 2', 'Author 3']);
    expect(await waiting()).toEqual([]);
  });

  it('stops retrying once the content script is gone', async () => {
    const timers: Array<() => void> = [];
    const send = vi.fn(async () => undefined);
    let alive = true;
    const outbox = createOutbox({ send, isAlive: () => alive, setTimer: (fn) => timers.push(fn) });
    await outbox.add(makeInteraction(1));
    alive = false;
    timers.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(send).toHaveBeenCalledTimes(1);
    // Still kept for the next page to flush.
    expect(await waiting()).toHaveLength(1);
  });
});
