import { execInsertText } from './exec-command';
import type { InsertStrategy } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(el: HTMLElement): el is TextField {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && /^(text|search|)$/.test(el.type));
}

/**
 * `<textarea>` and text `<input>`, including React-controlled ones (WordPress, Discourse,
 * old Reddit, Mastodon). `execCommand('insertText')` is tried first: it goes through the
 * browser's editing pipeline, so the page gets real `beforeinput`/`input` events and
 * Ctrl+Z undoes it. Where it is refused, the value is set through the prototype's setter
 * — React tracks values set on the element itself and would ignore the change — and an
 * `input` event is sent for the page's handlers.
 */
export const textFieldStrategy: InsertStrategy = {
  name: 'text-field',
  applies: isTextField,
  insert(target, text) {
    const field = target as TextField;
    field.focus();
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const expected = field.value.slice(0, start) + text + field.value.slice(end);
    if (execInsertText(text) && field.value === expected) return true;
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, expected);
    field.setSelectionRange(start + text.length, start + text.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  },
  read: (target) => (target as TextField).value,
};
