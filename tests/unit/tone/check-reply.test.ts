import { describe, expect, it } from 'vitest';
import { applyFix, checkReply, type ToneOptions } from '@/utils/tone/check-reply';

const forbidden = ['remboursement garanti', 'guaranteed refund'];
const rulesOf = (text: string, options: Partial<ToneOptions> = {}) =>
  checkReply(text, { forbidden, ...options }).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

describe('checkReply: the brand’s list, length, shouting, punctuation', () => {
  it.each([
    ['Merci Léa pour votre message ! Camille', 'ok', []],
    ['Bonjour, votre REMBOURSEMENT GARANTI arrive', 'block', ['forbidden:REMBOURSEMENT GARANTI', 'shouting:REMBOURSEMENT GARANTI']],
    ['Merci ! Remboursement garanti, promis.', 'block', ['forbidden:Remboursement garanti']],
    ['Merci ! Rémboursement garantï, promis.', 'block', ['forbidden:Rémboursement garantï']],
    ['Hello, this is INCROYABLE news', 'warn', ['shouting:INCROYABLE']],
    ['Hi, the COPYVIO and DELSORT pages', 'ok', []],
    ['Hi, OK, NASA and the EU or the SNCF', 'ok', []],
    ['Hi, PLEASE, STOP NOW', 'warn', ['shouting:PLEASE, STOP NOW']],
    ['Hi! Really??? Thanks!!!', 'warn', ['punctuation-run:???', 'punctuation-run:!!!']],
    ['Really?! Thanks!', 'ok', []],
  ])('%j → %s', (text, level, findings) => {
    expect(checkReply(text, { forbidden }).level).toBe(level);
    expect(rulesOf(text)).toEqual(findings);
  });

  it('blocks a reply over the platform limit, pointing at what overflows', () => {
    // Counted in characters, not UTF-16 units: "Merci" then 273 letters, a space, then 3 emoji.
    const text = `Merci ${'a'.repeat(272)} 😀😀😀`;
    const result = checkReply(text, { forbidden, maxLength: 280 });
    expect(result.level).toBe('block');
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'too-long', start: 281, end: text.length })]);
    expect(text.slice(281)).toBe('😀😀');
    expect(checkReply(`Merci ${'a'.repeat(274)}`, { forbidden, maxLength: 280 }).level).toBe('ok');
  });
});

describe('checkReply: wording a spokesperson does not publish', () => {
  it.each([
    // French: flagged
    ['fr', 'Bonjour, c’est n’importe quoi.', ['rude:n’importe quoi']],
    ['fr', 'Bonjour, vous êtes STUPIDE', ['rude:STUPIDE']],
    ['fr', 'Bonjour, c’est de votre faute.', ['blame:c’est de votre faute']],
    ['fr', 'Bonjour, vous auriez dû lire la notice.', ['blame:vous auriez dû']],
    ['fr', 'Merci pour rien.', ['sarcasm:Merci pour rien']],
    ['fr', 'Bonjour, calmez-vous.', ['dismissive:calmez-vous']],
    ['fr', 'Bonjour, ce n’est pas notre problème.', ['dismissive:n’est pas notre problème'.replace('n’est', 'ce n’est')]],
    // French: not flagged
    ['fr', 'Bonjour, nous comprenons votre agacement.', []],
    ['fr', 'Bonjour, la conférence a lieu demain.', []],
    ['fr', 'Merci, c’est noté : nous revenons vers vous.', []],
    // English: flagged
    ['en', 'Hi, that is just stupid.', ['rude:stupid']],
    ['en', 'Hi, it is your fault.', ['blame:your fault']],
    ['en', 'Hi, as already stated, no.', ['blame:as already stated']],
    ['en', 'Thanks for nothing.', ['sarcasm:Thanks for nothing']],
    ['en', 'Hi, calm down please.', ['dismissive:calm down']],
    // English: not flagged
    ['en', 'Hi, we understand your frustration.', []],
    ['en', 'Hello, whatever you need, we are here.', []],
    ['en', 'Thanks, the class starts at nine.', []],
  ] as const)('%s: %j', (lang, text, expected) => {
    expect(rulesOf(text, { lang })).toEqual(expected);
  });

  it('proposes a calmer wording where the table has one', () => {
    const text = 'Bonjour, calmez-vous.';
    const [finding] = checkReply(text, { forbidden, lang: 'fr' }).findings;
    expect(finding!.fix).toBe('nous comprenons votre agacement');
    expect(applyFix(text, finding!)).toBe('Bonjour, nous comprenons votre agacement.');
  });

  it('checks both tables when the language is unknown, and lets a rule be switched off', () => {
    expect(rulesOf('Hi, calm down. Calmez-vous.')).toEqual(['dismissive:calm down', 'dismissive:Calmez-vous']);
    expect(rulesOf('Hi, calm down.', { disabled: ['dismissive'] })).toEqual([]);
    // The brand's list and the platform's limit cannot be switched off.
    expect(rulesOf('Merci ! Remboursement garanti', { disabled: ['forbidden'] })).toEqual(['forbidden:Remboursement garanti']);
  });
});

describe('checkReply: personal data belongs in a private message', () => {
  it.each([
    ['Bonjour, écrivez à lea.martin@gmail.com', ['personal-data:lea.martin@gmail.com']],
    ['Bonjour, appelez le 06 12 34 56 78', ['personal-data:06 12 34 56 78']],
    ['Hi, call +44 20 7946 0958', ['personal-data:+44 20 7946 0958']],
    ['Bonjour, votre commande n° 48213 est partie', ['personal-data:commande n° 48213']],
    ['Hi, your order #AB-93821 shipped', ['personal-data:order #AB-93821']],
    ['Hi, IBAN FR76 3000 6000 0112 3456 7890 189', ['personal-data:FR76 3000 6000 0112 3456 7890 189']],
    ['Hi, card 4970 1012 3456 7890 noted', ['personal-data:4970 1012 3456 7890']],
    // Not personal data: the brand's own hotline, dates, prices, short numbers.
    ['Bonjour, notre hotline : 0800 123 456', []],
    ['Bonjour, rendez-vous le 12/05/2026 à 14 h, 29,99 €', []],
    ['Hi, see order 12 of the list', []],
  ])('%j', (text, expected) => {
    expect(rulesOf(text, { allowed: ['0800 123 456'] })).toEqual(expected);
  });

  it('takes the brand’s own contact details as allowed', () => {
    expect(rulesOf('Bonjour, écrivez à aide@acme.example', { allowed: ['aide@acme.example'] })).toEqual([]);
    expect(rulesOf('Bonjour, appelez le 01 23 45 67 89', { allowed: ['01.23.45.67.89'] })).toEqual([]);
  });
});

describe('checkReply: courtesy', () => {
  it.each([
    ['fr', 'question', 'Votre colis est parti.', ['greeting-missing:']],
    ['fr', 'question', 'Bonjour Léa, votre colis est parti.', []],
    ['fr', 'question', 'Avec plaisir, n’hésitez pas à revenir vers nous.', []],
    ['fr', undefined, 'Votre colis est parti.', []],
    ['fr', 'complaint', 'Bonjour Léa, votre colis est parti.', ['apology-missing:']],
    ['fr', 'complaint', 'Bonjour Léa, désolés pour ce retard.', []],
    ['fr', 'praise', 'Bonjour Léa !', ['thanks-missing:']],
    ['fr', 'praise', 'Merci Léa !', []],
    ['en', 'other', 'Your parcel has shipped.', ['greeting-missing:']],
    ['en', 'other', 'Happy to help! Have a lovely day.', []],
    ['en', undefined, 'Your parcel has shipped.', []],
    ['en', 'complaint', 'Hi Sam, your parcel has shipped.', ['apology-missing:']],
    ['en', 'complaint', 'Hi Sam, we apologise for the delay.', []],
    ['en', 'praise', 'Thank you so much, Sam!', []],
  ] as const)('%s answering %s: %j', (lang, answering, text, expected) => {
    expect(rulesOf(text, { lang, answering })).toEqual(expected);
  });

  it('offers the missing words at the start', () => {
    const text = 'Your parcel has shipped.';
    const [finding] = checkReply(text, { forbidden, lang: 'en', answering: 'complaint' }).findings;
    expect(applyFix(text, finding!)).toBe('Hello, Your parcel has shipped.');
  });
});

describe('checkReply: score', () => {
  it('ranks calm and polite above curt, dismissive and rude', () => {
    const score = (text: string) => checkReply(text, { forbidden }).score;
    const polite = score('Bonjour Léa, merci pour votre message ! Nous revenons vers vous très vite.');
    const curt = score('Votre colis est parti.');
    const dismissive = score('Hi, calm down.');
    const rude = score('Hi, calm down, it is your fault, you idiot');
    expect(polite).toBeGreaterThan(0.9);
    expect(polite).toBeGreaterThan(curt);
    expect(curt).toBeGreaterThan(rude);
    expect(dismissive).toBeGreaterThan(rude);
    expect(rude).toBeLessThan(0.35);
    for (const s of [polite, curt, dismissive, rude]) expect(s).toBeGreaterThanOrEqual(0);
  });
});
