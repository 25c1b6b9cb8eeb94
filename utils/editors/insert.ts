import { ckEditorStrategy } from './ckeditor';
import { contentEditableStrategy } from './content-editable';
import { draftJsStrategy } from './draft-js';
import { lexicalStrategy } from './lexical';
import { proseMirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { textFieldStrategy } from './text-field';
import type { InsertStrategy } from './types';

/**
 * Most specific first: every rich editor is also a contenteditable, which the plain
 * strategy would feed behind the editor's back. A site adapter may put its own first.
 */
export const DEFAULT_STRATEGIES: readonly InsertStrategy[] = [
  textFieldStrategy,
  draftJsStrategy,
  lexicalStrategy,
  proseMirrorStrategy,
  quillStrategy,
  ckEditorStrategy,
  contentEditableStrategy,
];

/** The chain for a site: its adapter's own strategies first, then the default ones. */
export const strategiesFor = (site: { insertStrategies?: readonly InsertStrategy[] }): readonly InsertStrategy[] =>
  site.insertStrategies?.length ? [...site.insertStrategies, ...DEFAULT_STRATEGIES] : DEFAULT_STRATEGIES;

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: 'no-strategy' | 'not-verified'; strategy?: string };

/** How long an editor has to show the text once a strategy says it took it. */
export const VERIFY_WITHIN_MS = 250;

/** Whitespace-insensitive, since editors turn line breaks into paragraphs and back. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Runs the strategies in order; the first that applies and handles the insert is then
 * verified on the editor's own content, read again on each frame for up to 250 ms (editors
 * render their model a frame or a microtask later, and a framework may re-render and drop
 * text it did not accept). Once a strategy handled the insert, no other runs: a second
 * insert could double the text.
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
    if (!(await strategy.insert(target, text))) continue;
    const landed = () => {
      const after = squash(strategy.read(target));
      return after.includes(wanted) && after !== before;
    };
    if (await waitFor(landed, VERIFY_WITHIN_MS)) return { ok: true, strategy: strategy.name };
    return { ok: false, reason: 'not-verified', strategy: strategy.name };
  }
  return { ok: false, reason: 'no-strategy' };
}

/** Polls `check` after each frame (or every 50 ms: a background tab gets no frames) until it holds or time is up. */
async function waitFor(check: () => boolean, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    await nextFrame();
    if (check()) return true;
    if (Date.now() >= deadline) return false;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}
