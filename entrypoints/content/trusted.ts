/**
 * Wraps a handler of the injected UI so it runs only for a real user action. The shadow
 * root is open (the test contract needs it), so a page script can reach our buttons and
 * call `.click()`; such synthetic events have `isTrusted === false` and do nothing.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    handler(event);
  };
}
