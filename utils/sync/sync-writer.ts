/**
 * When to write the settings to `storage.sync`: after the edits pause (a debounce), at
 * the latest `maxWaitMs` after the first unsaved edit (a manager who never stops typing
 * still gets saved), and never faster than Chrome's write-rate quotas allow: a write that
 * would exceed them waits instead of failing. One write at a time.
 *
 * The rate is counted on the *end* of each write: every operation a write makes (a
 * `writeChunked` makes up to two) lies between its start and its end, so spacing the
 * start of write n+k one window after the end of write n keeps any window of the quota's
 * length to k writes, however long a write takes.
 */
import { SYNC_QUOTAS } from './quotas';

export interface SyncWriterOptions {
  /** Saves the current settings (e.g. reads them and calls `writeChunked`); should not throw. */
  write: () => Promise<void>;
  /** Quiet time after the last `schedule()` before writing (default 2 s). */
  delayMs?: number;
  /** Longest a scheduled write may wait for the edits to pause (default 10 s). */
  maxWaitMs?: number;
  /** Write operations one `write()` may make (default 2: `set` + `remove`). */
  opsPerWrite?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Called when a write started by the timer rejects (default: `console.error`). */
  onError?: (error: unknown) => void;
}

export interface SyncWriter {
  /** The settings changed: write them soon. */
  schedule(): void;
  /**
   * Writes now whatever is scheduled, waiting first for a write in progress and, if the
   * quota requires, for the rate window. Rejects with the write's error.
   */
  flush(): Promise<void>;
}

/** A second on top of each window: Chrome's clock and ours need not agree to the millisecond. */
const MARGIN_MS = 1_000;

export function createSyncWriter(opts: SyncWriterOptions): SyncWriter {
  const save = opts.write;
  const delayMs = opts.delayMs ?? 2_000;
  const maxWaitMs = Math.max(opts.maxWaitMs ?? 10_000, delayMs);
  const opsPerWrite = Math.max(1, opts.opsPerWrite ?? 2);
  const now = opts.now ?? (() => Date.now());
  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const onError = opts.onError ?? ((error: unknown) => console.error('[Porte-Parole] sync write failed:', error));
  const windows = [
    { max: Math.floor(SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_MINUTE / opsPerWrite), ms: 60_000 + MARGIN_MS },
    { max: Math.floor(SYNC_QUOTAS.MAX_WRITE_OPERATIONS_PER_HOUR / opsPerWrite), ms: 3_600_000 + MARGIN_MS },
  ];
  const longest = Math.max(...windows.map((w) => w.ms));

  let dirty = false;
  let firstScheduledAt = 0;
  let lastScheduledAt = 0;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  /** End times of past writes, oldest first, as far back as the longest window. */
  const ends: number[] = [];

  /** The earliest time from `t` at which one more write keeps every window within its quota. */
  function allowedAt(t: number): number {
    let at = t;
    for (const { max, ms } of windows) {
      const recent = ends.filter((end) => end > t - ms);
      if (recent.length >= max) at = Math.max(at, recent[recent.length - max]! + ms);
    }
    return at;
  }

  function cancelTimer() {
    if (timer !== null) clearTimer(timer);
    timer = null;
  }

  function arm() {
    cancelTimer();
    if (!dirty || inFlight) return; // the write in progress re-arms when it ends
    const t = now();
    const due = Math.max(Math.min(lastScheduledAt + delayMs, firstScheduledAt + maxWaitMs), allowedAt(t));
    timer = setTimer(() => {
      timer = null;
      if (!dirty || inFlight) return;
      if (allowedAt(now()) > now()) return arm();
      run().catch(onError);
    }, Math.max(0, due - t));
  }

  function run(): Promise<void> {
    cancelTimer();
    dirty = false;
    // Called from a then, so that `inFlight` is set even if `save` throws at once.
    const current = Promise.resolve()
      .then(() => save())
      .finally(() => {
        const end = now();
        ends.push(end);
        while (ends.length && ends[0]! <= end - longest) ends.shift();
        inFlight = null;
        arm(); // edits made during the write
      });
    inFlight = current;
    return current;
  }

  return {
    schedule() {
      const t = now();
      if (!dirty) firstScheduledAt = t;
      dirty = true;
      lastScheduledAt = t;
      arm();
    },
    async flush() {
      for (;;) {
        if (inFlight) {
          await inFlight.catch(() => undefined); // its own caller or onError has it
          continue;
        }
        if (!dirty) return;
        const t = now();
        const at = allowedAt(t);
        if (at > t) {
          await new Promise<void>((resolve) => setTimer(resolve, at - t));
          continue;
        }
        return run();
      }
    },
  };
}
