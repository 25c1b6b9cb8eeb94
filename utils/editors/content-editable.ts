import { execInsertText } from './exec-command';
import type { InsertStrategy } from './types';

/**
 * A plain `contenteditable` (YouTube's comment box). `execCommand('insertText')` inserts
 * at the caret like typing would, splitting lines into the editor's own paragraphs. The
 * rich editors (Draft.js, Lexical, ProseMirror, Quill) get their own strategies, placed
 * before this one, with issue 6.
 */
export const contentEditableStrategy: InsertStrategy = {
  name: 'content-editable',
  applies: (target) => target.isContentEditable,
  insert(target, text) {
    target.focus();
    const selection = getSelection();
    if (selection && !target.contains(selection.anchorNode)) {
      // No caret inside yet: put it at the end, after what the manager already typed.
      selection.selectAllChildren(target);
      selection.collapseToEnd();
    }
    return execInsertText(text);
  },
  read: (target) => target.innerText,
};
