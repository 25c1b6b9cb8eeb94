/**
 * A clock and timers the test moves by hand. `advance` runs each timer that falls due in
 * order, at its own time, and lets the work it started settle before the next one.
 */
export function fakeClock(start = 1_700_000_000_000) {
  let time = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => time,
    setTimer: (fn: () => void, ms: number): unknown => {
      timers.set(++nextId, { at: time + Math.max(0, ms), fn });
      return nextId;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    pending: () => timers.size,
    async advance(ms: number, settle: () => Promise<void> = async () => undefined) {
      const end = time + ms;
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        time = Math.max(time, due[1].at);
        due[1].fn();
        await settle();
      }
      time = end;
      await settle();
    },
  };
}
