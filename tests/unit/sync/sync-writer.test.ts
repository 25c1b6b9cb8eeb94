import { describe, expect, it, vi } from 'vitest';
import { createSyncWriter, readChunked, writeChunked, type SyncWriterOptions, type WriteResult } from '@/utils/sync/chunked-store';
import { fakeClock } from './fake-clock';
import { QuotaSyncArea } from './quota-sync-area';

const P = 'settings:';
/**
 * Lets a write started by a timer run to its end: the quota area and `writeChunked`
 * without compression only await promises, all run before the next macrotask.
 */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Most operations in any closed window of `ms` (Chrome's window includes both ends). */
function mostInWindow(times: readonly number[], ms: number): number {
  let most = 0;
  for (let end = 0, start = 0; end < times.length; end++) {
    while (times[end]! - times[start]! > ms) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/**
 * A writer saving `state.value` with `writeChunked` into an area that enforces Chrome's
 * quotas on the same fake clock. Values alternate between two and one chunk when `grow`
 * is set, so most writes make two operations (`set`, then `remove` of the stale chunk).
 */
function harness(options: Partial<SyncWriterOptions> = {}) {
  const clock = fakeClock();
  const area = new QuotaSyncArea({ now: clock.now });
  const state = { value: 0, grow: false };
  const results: WriteResult[] = [];
  const written: number[] = [];
  const writer = createSyncWriter({
    write: async () => {
      const n = state.value;
      const value = { n, padding: state.grow && n % 2 ? 'x'.repeat(9_000) : '' };
      results.push(await writeChunked(area, P, value, `rev-${n}`, { compress: false }));
      written.push(n);
    },
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    ...options,
  });
  const edit = () => {
    state.value += 1;
    writer.schedule();
  };
  return { clock, area, state, results, written, writer, edit };
}

describe('createSyncWriter', () => {
  it('writes once, 2 s after the last of a run of edits, with the latest value', async () => {
    const { clock, edit, written } = harness();
    for (let i = 0; i < 5; i++) {
      edit();
      await clock.advance(300, settle);
    }
    expect(written).toEqual([]);
    await clock.advance(1_699, settle); // 1,999 ms after the last edit
    expect(written).toEqual([]);
    await clock.advance(1, settle);
    expect(written).toEqual([5]);
    await clock.advance(60_000, settle);
    expect(written).toEqual([5]);
  });

  it('still writes every 10 s while the edits never pause', async () => {
    const { clock, edit, written } = harness();
    for (let i = 0; i < 60; i++) {
      edit();
      await clock.advance(500, settle);
    }
    expect(written).toHaveLength(3);
    await clock.advance(2_000, settle);
    expect(written.at(-1)).toBe(60);
  });

  it.each([
    ['default timing, an edit every 50 ms', {}, 50],
    ['no debounce at all, an edit every 20 ms', { delayMs: 0, maxWaitMs: 0 }, 20],
    ['no debounce, all 1,000 edits at the same instant', { delayMs: 0, maxWaitMs: 0 }, 0],
  ])('keeps a burst of 1,000 edits within 120 operations a minute (%s), delaying rather than failing', async (_name, options, every) => {
    const { clock, area, state, edit, results, writer } = harness(options);
    state.grow = true;
    for (let i = 0; i < 1_000; i++) {
      edit();
      if (every) await clock.advance(every, settle);
    }
    const flushed = writer.flush();
    await clock.advance(3 * 60_000, settle);
    await flushed;

    expect(results.filter((r) => !r.ok)).toEqual([]); // Chrome never refused a write
    expect(mostInWindow(area.operations, 60_000)).toBeLessThanOrEqual(120);
    expect(await readChunked(area, P)).toMatchObject({ status: 'ok', rev: 'rev-1000' });
  });

  it('(control) the area does refuse a writer that undercounts its operations', async () => {
    const { clock, edit, results, state } = harness({ delayMs: 0, maxWaitMs: 0, opsPerWrite: 1 });
    state.grow = true;
    for (let i = 0; i < 300; i++) {
      edit();
      await clock.advance(20, settle);
    }
    expect(results).toContainEqual({ ok: false, reason: 'error', error: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.' });
  });

  it('runs into neither the minute nor the hour quota under an hour of constant writes', async () => {
    const { clock, area, edit, results } = harness({ delayMs: 0, maxWaitMs: 0 });
    // An edit every 2 s: 30 writes a minute, within the minute quota, 1,800 in the hour.
    for (let i = 0; i < 65 * 30; i++) {
      edit();
      await clock.advance(2_000, settle);
    }
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThan(800);
    expect(mostInWindow(area.operations, 60_000)).toBeLessThanOrEqual(120);
    expect(mostInWindow(area.operations, 3_600_000)).toBeLessThanOrEqual(1_800);
  });

  it('never runs two writes at once, and writes again for edits made during a write', async () => {
    const clock = fakeClock();
    let release = () => undefined as void;
    const write = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const writer = createSyncWriter({ write, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
    writer.schedule();
    await clock.advance(2_000, settle);
    expect(write).toHaveBeenCalledTimes(1);
    writer.schedule();
    await clock.advance(10_000, settle);
    expect(write).toHaveBeenCalledTimes(1); // still in progress
    release();
    await settle();
    await clock.advance(2_000, settle);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('flush writes at once what is scheduled, after the write in progress; nothing when nothing is', async () => {
    const { clock, edit, writer, written } = harness();
    await writer.flush();
    expect(written).toEqual([]);
    edit();
    await writer.flush();
    expect(written).toEqual([1]);
    await clock.advance(60_000, settle);
    expect(written).toEqual([1]); // the debounce timer was cancelled
  });

  it('flush rejects with the write\'s error; a timer write reports it to onError', async () => {
    const clock = fakeClock();
    const onError = vi.fn();
    const writer = createSyncWriter({
      write: async () => {
        throw new Error('disk on fire');
      },
      now: clock.now,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      onError,
    });
    writer.schedule();
    await expect(writer.flush()).rejects.toThrow('disk on fire');
    writer.schedule();
    await clock.advance(2_000, settle);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk on fire' }));
  });

  it('keeps working after a write that throws before returning a promise', async () => {
    const clock = fakeClock();
    const write = vi.fn((): Promise<void> => {
      if (write.mock.calls.length === 1) throw new Error('thrown at once');
      return Promise.resolve();
    });
    const writer = createSyncWriter({ write, now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer, onError: () => undefined });
    writer.schedule();
    await expect(writer.flush()).rejects.toThrow('thrown at once');
    writer.schedule();
    await writer.flush();
    expect(write).toHaveBeenCalledTimes(2);
  });
});
