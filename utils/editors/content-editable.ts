import { placeCaret } from './caret';
import { execInsertText } from './exec-command';
import type { InsertStrategy } from './types';

/**
 * A plain `contenteditable` (YouTube's comment box), last in the chain: the rich editors,
 * which are contenteditables too, have their own strategies before it.
 * `execCommand('insertText')` inserts at the caret like typing would, splitting lines into
 * the browser's own paragraphs, and the browser's undo takes it back.
 */
export const contentEditableStrategy: InsertStrategy = {
  name: 'content-editable',
  applies: (target) => target.isContentEditable,
  async insert(target, text) {
    await placeCaret(target);
    return execInsertText(text);
  },
  read: (target) => target.innerText,
};
