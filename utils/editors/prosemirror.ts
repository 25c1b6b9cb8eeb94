import { richEditorStrategy } from './rich-editor';

/**
 * ProseMirror and TipTap, which is built on it (Bluesky, LinkedIn's newer layout). The view
 * re-reads DOM changes it did not make and may undo them; its paste handler parses
 * `text/plain` into one paragraph per line and applies it as a transaction, so the history
 * plugin undoes it in one step.
 */
export const proseMirrorStrategy = richEditorStrategy('prosemirror', '.ProseMirror', ['paste']);
