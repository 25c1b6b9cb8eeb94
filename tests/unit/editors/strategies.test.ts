import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertInPage } from '@/utils/editors/bridge-client';
import { DEFAULT_STRATEGIES, insertReply, strategiesFor } from '@/utils/editors/insert';
import type { InsertStrategy } from '@/utils/editors/types';

// The page's world is out of reach here: the bridge is replaced by a recorder, and each test
// says which methods its editor takes.
vi.mock('@/utils/editors/bridge-client', () => ({ insertInPage: vi.fn() }));
const bridge = vi.mocked(insertInPage);

beforeEach(() => {
  bridge.mockReset();
});
afterEach(() => {
  document.body.replaceChildren();
});

/** Builds the markup as nodes; returns the element the adapter would hand over (marked `data-target`). */
function box(build: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('form');
  build(root);
  document.body.append(root);
  return root.querySelector<HTMLElement>('[data-target]') ?? root;
}

function el(tag: string, attrs: Record<string, string>, ...children: HTMLElement[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const editable = { contenteditable: 'true', 'data-target': '' };
const first = (target: HTMLElement) => DEFAULT_STRATEGIES.find((s) => s.applies(target))?.name ?? null;

describe('each editor is recognised by its own markers', () => {
  it.each([
    ['Draft.js', () => box((r) => r.append(el('div', { class: 'DraftEditor-root' }, el('div', { class: 'public-DraftEditor-content', ...editable })))), 'draft-js'],
    ['Lexical', () => box((r) => r.append(el('div', { 'data-lexical-editor': 'true', ...editable }))), 'lexical'],
    ['ProseMirror', () => box((r) => r.append(el('div', { class: 'ProseMirror', ...editable }))), 'prosemirror'],
    ['TipTap', () => box((r) => r.append(el('div', { class: 'tiptap ProseMirror', ...editable }))), 'prosemirror'],
    ['Quill', () => box((r) => r.append(el('div', { class: 'ql-container' }, el('div', { class: 'ql-editor', ...editable })))), 'quill'],
    ['CKEditor 5', () => box((r) => r.append(el('div', { class: 'ck ck-content ck-editor__editable', ...editable }))), 'ckeditor5'],
    ['a textarea', () => box((r) => r.append(el('textarea', { 'data-target': '' }))), 'text-field'],
    ['a text input', () => box((r) => r.append(el('input', { type: 'text', 'data-target': '' }))), 'text-field'],
    ['a plain contenteditable', () => box((r) => r.append(el('div', editable))), 'content-editable'],
    ['a node inside a Draft editor', () => box((r) => r.append(el('div', { class: 'public-DraftEditor-content', contenteditable: 'true' }, el('span', { 'data-target': '' })))), 'draft-js'],
    ['the box around a Lexical editor', () => box((r) => r.append(el('div', { 'data-lexical-editor': 'true', contenteditable: 'true' }))), 'lexical'],
    ['a Lexical editor switched to read-only', () => box((r) => r.append(el('div', { 'data-lexical-editor': 'true', contenteditable: 'false', 'data-target': '' }))), null],
    ['a div', () => box((r) => r.append(el('div', { 'data-target': '' }))), null],
  ])('%s', (_label, make, expected) => {
    expect(first(make())).toBe(expected);
  });
});

describe('a rich editor is fed through the page world', () => {
  /** A Quill-like editor that shows the text once the page world says it inserted it. */
  function quill() {
    const target = box((r) => r.append(el('div', { class: 'ql-container' }, el('div', { class: 'ql-editor', ...editable }))));
    const taken: string[] = [];
    bridge.mockImplementation(async (method, text) => {
      taken.push(method);
      if (method !== 'paste') return false;
      target.append(text);
      return true;
    });
    return { target, taken };
  }

  it('tries its methods in order until the editor takes one', async () => {
    const { target, taken } = quill();
    expect(await insertReply(target, 'Merci Zoé')).toEqual({ ok: true, strategy: 'quill' });
    expect(taken).toEqual(['quill-api', 'paste']);
  });

  it('stops at the first method the editor takes, so the text cannot land twice', async () => {
    const target = box((r) => r.append(el('div', { 'data-lexical-editor': 'true', ...editable })));
    bridge.mockImplementation(async (_method, text) => (target.append(text), true));
    expect(await insertReply(target, 'Merci')).toEqual({ ok: true, strategy: 'lexical' });
    expect(bridge.mock.calls.map(([method]) => method)).toEqual(['beforeinput']);
  });

  it('moves on to the plain strategy when the editor takes no method', async () => {
    const target = box((r) => r.append(el('div', { class: 'ProseMirror', ...editable })));
    bridge.mockResolvedValue(false);
    // happy-dom has no editing commands, so the plain strategy declines too.
    expect(await insertReply(target, 'Merci')).toEqual({ ok: false, reason: 'no-strategy' });
    expect(bridge.mock.calls.map(([method]) => method)).toEqual(['paste']);
  });

  it('puts the caret at the end of what the manager typed, in the editor', async () => {
    const { target } = quill();
    target.append('Bonjour');
    let caret: [Node | null, number] | null = null;
    bridge.mockImplementation(async () => {
      const selection = getSelection();
      caret = [selection?.anchorNode ?? null, selection?.anchorOffset ?? -1];
      return false;
    });
    await insertReply(target, 'Merci');
    expect(caret).toEqual([target.firstChild, 'Bonjour'.length]);
    expect(document.activeElement).toBe(target);
  });
});

describe('verification', () => {
  const later = (ms: number): InsertStrategy => {
    let text = '';
    return {
      name: `after ${ms} ms`,
      applies: () => true,
      insert: (_t, reply) => (setTimeout(() => (text = reply), ms), true),
      read: () => text,
    };
  };

  it.each([
    [0, true],
    [120, true],
    [600, false],
  ])('text that shows %i ms after the insert is verified: %s', async (ms, ok) => {
    const result = await insertReply(document.createElement('div'), 'Merci Zoé', [later(ms)]);
    expect(result.ok).toBe(ok);
  });

  it('ignores line breaks turned into paragraphs', async () => {
    let shown = '';
    const strategy: InsertStrategy = {
      name: 'blocks',
      applies: () => true,
      insert: () => ((shown = 'Bonjour Zoé\n\nÀ bientôt'), true),
      read: () => shown,
    };
    expect(await insertReply(document.createElement('div'), 'Bonjour Zoé\nÀ bientôt', [strategy])).toEqual({ ok: true, strategy: 'blocks' });
  });
});

describe('a site adapter', () => {
  it('puts its own strategies before the default chain', async () => {
    const target = box((r) => r.append(el('textarea', { 'data-target': '' })));
    const own: InsertStrategy = { name: 'site', applies: () => true, insert: () => (target.append('x'), true), read: () => target.textContent ?? '' };
    expect(strategiesFor({}).map((s) => s.name)).toEqual(DEFAULT_STRATEGIES.map((s) => s.name));
    const chain = strategiesFor({ insertStrategies: [own] });
    expect(chain.map((s) => s.name)).toEqual(['site', ...DEFAULT_STRATEGIES.map((s) => s.name)]);
    expect(await insertReply(target, 'x', chain)).toEqual({ ok: true, strategy: 'site' });
  });
});
