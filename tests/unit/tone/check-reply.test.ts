import { describe, expect, it } from 'vitest';
import { checkReply } from '@/utils/tone/check-reply';

const forbidden = ['remboursement garanti', 'guaranteed refund'];

describe('checkReply', () => {
  it.each([
    ['Merci Léa pour votre message ! Camille', 'ok', []],
    ['Votre REMBOURSEMENT GARANTI arrive', 'block', ['forbidden:6-27', 'shouting:6-27']],
    ['Remboursement garanti, promis.', 'block', ['forbidden:0-21']],
    ['Rémboursement garantï, promis.', 'block', ['forbidden:0-21']],
    ['This is ÉNORME news', 'warn', ['shouting:8-14']],
    ['OK, NASA and the EU or the SNCF', 'ok', []],
    ['PLEASE, STOP NOW', 'warn', ['shouting:0-16']],
    ['Really??? Thanks!!!', 'warn', ['punctuation-run:6-9', 'punctuation-run:16-19']],
    ['Really?! Thanks!', 'ok', []],
  ])('%j → %s', (text, level, findings) => {
    const result = checkReply(text, { forbidden });
    expect(result.level).toBe(level);
    expect(result.findings.map((f) => `${f.rule}:${f.start}-${f.end}`)).toEqual(findings);
  });

  it('blocks a reply over the platform limit, pointing at what overflows', () => {
    // Counted in characters, not UTF-16 units: 278 letters, a space, then 3 emoji.
    const text = `${'a'.repeat(278)} 😀😀😀`;
    const result = checkReply(text, { forbidden, maxLength: 280 });
    expect(result.level).toBe('block');
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'too-long', start: 281, end: text.length })]);
    expect(text.slice(281)).toBe('😀😀');
    expect(checkReply('a'.repeat(280), { forbidden, maxLength: 280 }).level).toBe('ok');
  });
});
