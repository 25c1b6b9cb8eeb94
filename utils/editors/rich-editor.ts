import { insertInPage } from './bridge-client';
import type { BridgeMethod } from './bridge-protocol';
import { placeCaret } from './caret';
import type { InsertStrategy } from './types';

/**
 * The editable root of a rich editor, found by the editor's own marker: the element
 * itself or an ancestor (the adapter gave a node inside it), or a descendant (the adapter
 * gave the box around it).
 */
export function editorRoot(target: HTMLElement, marker: string): HTMLElement | null {
  const root = target.closest<HTMLElement>(marker) ?? target.querySelector<HTMLElement>(marker);
  return root?.isContentEditable ? root : null;
}

/**
 * A strategy for an editor that keeps its own model and must be fed through the page's
 * world: focus it, put the caret where the reply goes, then try `methods` in order until
 * the editor takes one. A method the editor did not take changed nothing, so the next one
 * cannot insert twice.
 */
export function richEditorStrategy(name: string, marker: string, methods: readonly BridgeMethod[]): InsertStrategy {
  return {
    name,
    applies: (target) => editorRoot(target, marker) !== null,
    async insert(target, text) {
      const root = editorRoot(target, marker);
      if (!root) return false;
      await placeCaret(root);
      for (const method of methods) {
        if (await insertInPage(method, text)) return true;
      }
      return false;
    },
    read: (target) => editorRoot(target, marker)?.innerText ?? '',
  };
}
