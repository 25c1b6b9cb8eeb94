import type { BridgeMethod } from './bridge-protocol';

/**
 * What the editor bridge does in the page's own world, to the editor that has the focus
 * (the content script focused it and placed the caret first). Each returns whether the
 * editor took the event; none touches anything but that editor. They run in the page's
 * world because a rich editor's handlers, and Quill 1's instance, live there: in Firefox an
 * event built in the content script reaches them with its `clipboardData` hidden.
 */

/** The focused element when it is editable, looking into open shadow roots. */
export function focusedEditable(doc: Document = document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el.isContentEditable ? el : null;
}

function plainText(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/**
 * A paste of plain text, as Ctrl+V would send it: Draft.js, Lexical, ProseMirror, Quill 2
 * and CKEditor 5 all read `clipboardData` and insert through their own model (lines become
 * their blocks or line breaks, the undo stack gets one step). An editor that handled it
 * cancels the event; a synthetic paste has no default action, so an unhandled one changed
 * nothing.
 */
export function pasteText(editor: HTMLElement, text: string): boolean {
  const event = new ClipboardEvent('paste', { clipboardData: plainText(text), bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * A `beforeinput` of type `insertReplacementText`, what a spell checker sends: Lexical
 * handles it as controlled text insertion, reading the text from `dataTransfer` (lines
 * become paragraphs), without the paste path that sites hook for link previews and images.
 */
export function replaceText(editor: HTMLElement, text: string): boolean {
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: plainText(text),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The part of Quill 1's API we use. */
interface Quill1 {
  getSelection(focus?: boolean): { index: number; length: number } | null;
  getLength(): number;
  deleteText(index: number, length: number, source: 'user'): unknown;
  insertText(index: number, text: string, source: 'user'): unknown;
  setSelection(index: number, length: number, source: 'user'): unknown;
}

/**
 * Quill 1 (LinkedIn's older layout) pastes by letting the browser paste into a hidden
 * box and reading it a moment later, so a synthetic paste only clears the selection. Its
 * instance hangs on its container as `__quill` (Quill 2 keeps it private, and takes a
 * paste): the API inserts as the user would, and its history merges the steps into one undo.
 */
export function quillInsert(editor: HTMLElement, text: string): boolean {
  const quill = (editor.closest('.ql-container') as (HTMLElement & { __quill?: Partial<Quill1> }) | null)?.__quill;
  if (!quill || typeof quill.insertText !== 'function' || typeof quill.getSelection !== 'function') return false;
  const api = quill as Quill1;
  const range = api.getSelection(true) ?? { index: Math.max(api.getLength() - 1, 0), length: 0 };
  if (range.length) api.deleteText(range.index, range.length, 'user');
  api.insertText(range.index, text, 'user');
  api.setSelection(range.index + text.length, 0, 'user');
  return true;
}

const METHODS: Record<BridgeMethod, (editor: HTMLElement, text: string) => boolean> = {
  paste: pasteText,
  beforeinput: replaceText,
  'quill-api': quillInsert,
};

/** Runs one method on the focused editor; false when nothing editable has the focus or it threw. */
export function runInPage(method: BridgeMethod, text: string, doc: Document = document): boolean {
  const editor = focusedEditable(doc);
  if (!editor) return false;
  try {
    return METHODS[method](editor, text);
  } catch {
    return false;
  }
}
