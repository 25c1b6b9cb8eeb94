import { describe, expect, it } from 'vitest';
import { isOwnSender, parseMessage } from '@/utils/messages';
import { makeInteraction } from './fixtures';

const record = (interaction: unknown) => ({ type: 'interaction.record', interaction });

describe('parseMessage', () => {
  it('accepts a valid record and drops unknown keys', () => {
    const parsed = parseMessage({ ...record({ ...makeInteraction(1), extra: 'x' }), sneaky: true });
    expect(parsed).toEqual({ ok: true, message: record(makeInteraction(1)) });
  });

  it.each([
    [null, 'Unknown message type: none'],
    ['interaction.record', 'Unknown message type: none'],
    [{}, 'Unknown message type: none'],
    [{ type: 'db.drop' }, 'Unknown message type: "db.drop"'],
    [{ type: 42 }, 'Unknown message type: 42'],
  ])('refuses %j: %s', (raw, error) => {
    expect(parseMessage(raw)).toEqual({ ok: false, error });
  });

  it.each([
    ['id', { id: 'not-a-uuid' }, /^Invalid interaction\.record message: interaction\.id: /],
    ['action', { action: 'deleted' }, /interaction\.action: /],
    ['platform', { platform: 'myspace' }, /interaction\.platform: /],
    ['url', { url: 'javascript alert' }, /interaction\.url: /],
    ['at', { at: -1 }, /interaction\.at: /],
    ['text', { text: 'x'.repeat(10_001) }, /interaction\.text: /],
  ])('names the malformed field: %s', (_field, overrides, error) => {
    const parsed = parseMessage(record({ ...makeInteraction(1), ...overrides }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('refuses a record with a missing field', () => {
    const { author: _author, ...rest } = makeInteraction(1);
    const parsed = parseMessage(record(rest));
    expect(!parsed.ok && parsed.error).toMatch(/interaction\.author: /);
  });
});

describe('isOwnSender', () => {
  const id = 'our-id';
  const origin = 'chrome-extension://our-id/';
  it.each([
    ['our content script in a tab', { id, tab: { id: 3 }, url: 'https://x.com/home' }, true],
    ['our own extension page', { id, url: 'chrome-extension://our-id/popup.html' }, true],
    ['another extension', { id: 'other', tab: { id: 3 } }, false],
    ['no id at all', { url: 'https://evil.example/' }, false],
    ['our id but neither a tab nor our page', { id, url: 'https://evil.example/' }, false],
  ])('%s → %s', (_label, sender, expected) => {
    expect(isOwnSender(sender, id, origin)).toBe(expected);
  });
});
