import { afterEach, describe, expect, it } from 'vitest';
import { focusedEditable, pasteText, quillInsert, replaceText, runInPage } from '@/utils/editors/page-world';

afterEach(() => {
  document.body.replaceChildren();
});

function editable(): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  document.body.append(el);
  el.focus();
  return el;
}

const TEXT = 'Bonjour Zoé 👋\nÀ bientôt';

describe('the events the editors read', () => {
  it.each([
    ['paste', 'paste', pasteText, (e: Event) => (e as ClipboardEvent).clipboardData?.getData('text/plain')],
    ['beforeinput', 'beforeinput', replaceText, (e: Event) => (e as InputEvent).dataTransfer?.getData('text/plain')],
  ] as const)('%s carries the text as text/plain and reports whether the editor took it', (_label, type, send, read) => {
    const el = editable();
    const seen: Array<string | undefined> = [];
    let take = false;
    el.addEventListener(type, (event) => {
      seen.push(read(event));
      if (take) event.preventDefault();
    });
    expect(send(el, TEXT)).toBe(false); // nobody handled it: a synthetic event changed nothing
    take = true;
    expect(send(el, TEXT)).toBe(true);
    expect(seen).toEqual([TEXT, TEXT]);
  });

  it('sends a beforeinput of type insertReplacementText, with the text as data too', () => {
    const el = editable();
    let event: InputEvent | undefined;
    el.addEventListener('beforeinput', (e) => (event = e as InputEvent));
    replaceText(el, TEXT);
    expect([event?.inputType, event?.data, event?.cancelable, event?.bubbles]).toEqual(['insertReplacementText', TEXT, true, true]);
  });
});

describe('Quill 1 through its API', () => {
  function quillBox(selection: { index: number; length: number } | null) {
    const container = document.createElement('div');
    container.className = 'ql-container';
    const editor = document.createElement('div');
    editor.className = 'ql-editor';
    container.append(editor);
    document.body.append(container);
    const calls: unknown[][] = [];
    const api = {
      getSelection: () => selection,
      getLength: () => 12,
      deleteText: (...args: unknown[]) => calls.push(['delete', ...args]),
      insertText: (...args: unknown[]) => calls.push(['insert', ...args]),
      setSelection: (...args: unknown[]) => calls.push(['select', ...args]),
    };
    Object.assign(container, { __quill: api });
    return { editor, calls };
  }

  it.each([
    ['at the caret', { index: 4, length: 0 }, [['insert', 4, 'Hi', 'user'], ['select', 6, 0, 'user']]],
    ['over the selection', { index: 2, length: 3 }, [['delete', 2, 3, 'user'], ['insert', 2, 'Hi', 'user'], ['select', 4, 0, 'user']]],
    ['at the end when it has no selection', null, [['insert', 11, 'Hi', 'user'], ['select', 13, 0, 'user']]],
  ])('inserts %s, as the user', (_label, selection, expected) => {
    const { editor, calls } = quillBox(selection);
    expect(quillInsert(editor, 'Hi')).toBe(true);
    expect(calls).toEqual(expected);
  });

  it('declines a Quill without the instance on its container (Quill 2)', () => {
    const { editor } = quillBox(null);
    delete (editor.parentElement as unknown as { __quill?: unknown }).__quill;
    expect(quillInsert(editor, 'Hi')).toBe(false);
  });
});

describe('the focused editor', () => {
  it('is the focused contenteditable, or nothing', () => {
    expect(focusedEditable()).toBeNull();
    const el = editable();
    expect(focusedEditable()).toBe(el);
  });

  it('runs nothing when no editor has the focus', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(runInPage('paste', 'Hi')).toBe(false);
  });
});
