/**
 * `execCommand('insertText')` on the focused editor: the browser's own editing path, so
 * the page gets `beforeinput`/`input` and the undo stack keeps the insert. It is
 * deprecated without a replacement and missing from some DOM implementations, hence the
 * guard: callers fall back when it returns false.
 */
export function execInsertText(text: string): boolean {
  return typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
}
