import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, parseRequest, parseResult } from '@/utils/editors/bridge-protocol';

const NONCE = 'n-1';
const json = (value: unknown) => JSON.stringify(value);

describe('the bridge accepts only a well-formed request with its nonce', () => {
  it('takes one', () => {
    expect(parseRequest(json({ nonce: NONCE, id: 3, method: 'paste', text: 'Merci Zoé 👋\nÀ bientôt' }), NONCE)).toEqual({
      nonce: NONCE,
      id: 3,
      method: 'paste',
      text: 'Merci Zoé 👋\nÀ bientôt',
    });
  });

  it.each([
    ['an object instead of JSON text', { nonce: NONCE, id: 1, method: 'paste', text: 'Hi' }],
    ['text that is not JSON', '{nonce'],
    ['an array', json([NONCE, 1, 'paste', 'Hi'])],
    ['another nonce', json({ nonce: 'guess', id: 1, method: 'paste', text: 'Hi' })],
    ['a method it does not have', json({ nonce: NONCE, id: 1, method: 'eval', text: 'Hi' })],
    ['an extra key', json({ nonce: NONCE, id: 1, method: 'paste', text: 'Hi', selector: 'body' })],
    ['a missing key', json({ nonce: NONCE, id: 1, method: 'paste' })],
    ['empty text', json({ nonce: NONCE, id: 1, method: 'paste', text: '' })],
    ['text that is not a string', json({ nonce: NONCE, id: 1, method: 'paste', text: ['Hi'] })],
    ['text longer than any reply', json({ nonce: NONCE, id: 1, method: 'paste', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) })],
    ['a negative id', json({ nonce: NONCE, id: -1, method: 'paste', text: 'Hi' })],
    ['a fractional id', json({ nonce: NONCE, id: 1.5, method: 'paste', text: 'Hi' })],
    ['null', null],
  ])('refuses %s', (_label, detail) => {
    expect(parseRequest(detail, NONCE)).toBeNull();
  });
});

describe('the content script accepts only a well-formed answer with its nonce', () => {
  it.each([
    [json({ nonce: NONCE, id: 0, handled: true }), { nonce: NONCE, id: 0, handled: true }],
    [json({ nonce: NONCE, id: 7, handled: false }), { nonce: NONCE, id: 7, handled: false }],
    [json({ nonce: 'other', id: 0, handled: true }), null],
    [json({ nonce: NONCE, id: 0, handled: 'yes' }), null],
    [json({ nonce: NONCE, id: 0, handled: true, text: 'x' }), null],
    [{ nonce: NONCE, id: 0, handled: true }, null],
  ])('%s → %j', (detail, expected) => {
    expect(parseResult(detail, NONCE)).toEqual(expected);
  });
});
