import { contentEditableStrategy } from './content-editable';
import { textFieldStrategy } from './text-field';
import type { InsertStrategy } from './types';

export const DEFAULT_STRATEGIES: readonly InsertStrategy[] = [textFieldStrategy, contentEditableStrategy];

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: 'no-strategy' | 'not-verified' };

/** Whitespace-insensitive, since editors turn line breaks into paragraphs and back. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Runs the strategies in order; the first that applies and handles the insert wins, and
 * the result is verified on the editor's own content after the page had a frame to react
 * (a framework may re-render and drop text it did not accept).
 */
export async function insertReply(
  target: HTMLElement,
  text: string,
  strategies: readonly InsertStrategy[] = DEFAULT_STRATEGIES,
): Promise<InsertResult> {
  const wanted = squash(text);
  for (const strategy of strategies) {
    if (!strategy.applies(target)) continue;
    const before = squash(strategy.read(target));
    if (!strategy.insert(target, text)) continue;
    await nextFrame();
    const after = squash(strategy.read(target));
    if (after.includes(wanted) && after !== before) return { ok: true, strategy: strategy.name };
    return { ok: false, reason: 'not-verified' };
  }
  return { ok: false, reason: 'no-strategy' };
}

/** After the next frame, or 100 ms at most (a background tab gets no frames). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}
