import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertReply } from '@/utils/editors/insert';
import { textFieldStrategy } from '@/utils/editors/text-field';
import type { InsertStrategy } from '@/utils/editors/types';

// happy-dom has no editing commands (`execCommand` returns false), so here the text
// field strategy takes its fallback path; the real-browser tests cover execCommand.
afterEach(() => {
  document.body.replaceChildren();
});

function textarea(value: string, start: number, end = start) {
  const el = document.createElement('textarea');
  document.body.append(el);
  el.value = value;
  el.setSelectionRange(start, end);
  return el;
}

describe('insertReply into a text field', () => {
  it.each([
    ['an empty box', '', 0, 0, 'Merci Léa !'],
    ['at the caret, keeping what was typed', 'Bonjour  — Camille', 8, 8, 'Bonjour Merci Léa ! — Camille'],
    ['over the selection', 'Hello XXX', 6, 9, 'Hello Merci Léa !'],
  ])('%s', async (_label, value, start, end, expected) => {
    const box = textarea(value, start, end);
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.value));
    expect(await insertReply(box, 'Merci Léa !')).toEqual({ ok: true, strategy: 'text-field' });
    expect(box.value).toBe(expected);
    expect(seen).toEqual([expected]); // the page's own handler saw the final text
    expect(box.selectionStart).toBe(start + 'Merci Léa !'.length);
  });

  it('keeps line breaks, emoji and accents', async () => {
    const box = textarea('', 0);
    const reply = 'Bonjour Zoé 👋\nÀ bientôt,\n— Camille';
    await insertReply(box, reply);
    expect(box.value).toBe(reply);
  });

  it('goes through the prototype setter, so React-style value tracking sees a change', async () => {
    const box = textarea('', 0);
    // React replaces the element's own `value` property to track what it set itself.
    let tracked = '';
    Object.defineProperty(box, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(box),
      set: (v: string) => {
        tracked = v;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, v);
      },
    });
    await insertReply(box, 'Hi');
    expect(box.value).toBe('Hi');
    expect(tracked).toBe(''); // untouched: React compares against it and fires onChange
  });
});

describe('the strategy chain', () => {
  const noop = (name: string, applies = true): InsertStrategy => ({
    name,
    applies: () => applies,
    insert: () => true,
    read: () => '',
  });

  it('says when no strategy knows the element', async () => {
    const div = document.createElement('div');
    expect(await insertReply(div, 'Hi')).toEqual({ ok: false, reason: 'no-strategy' });
  });

  it('reports an insert that claims success but left no text as not verified', async () => {
    expect(await insertReply(document.createElement('div'), 'Hi', [noop('liar')])).toEqual({ ok: false, reason: 'not-verified', strategy: 'liar' });
  });

  it('tries the strategies in order and uses the first that applies', async () => {
    const box = textarea('', 0);
    const skipped = { ...noop('skipped', false), insert: vi.fn(() => true) };
    expect(await insertReply(box, 'Hi', [skipped, textFieldStrategy, noop('never')])).toEqual({ ok: true, strategy: 'text-field' });
    expect(skipped.insert).not.toHaveBeenCalled();
  });

  it('moves on when a strategy declines the insert', async () => {
    const box = textarea('', 0);
    const declines: InsertStrategy = { ...noop('declines'), insert: () => false };
    expect(await insertReply(box, 'Hi', [declines, textFieldStrategy])).toEqual({ ok: true, strategy: 'text-field' });
  });
});
