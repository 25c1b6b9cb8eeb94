import { normalizeText, normalizeWithOffsets } from '../keywords/normalize';

export type ToneLevel = 'ok' | 'warn' | 'block';

export interface ToneFinding {
  rule: 'forbidden' | 'too-long' | 'shouting' | 'punctuation-run';
  level: Exclude<ToneLevel, 'ok'>;
  /** The words concerned, as offsets in the checked text. */
  start: number;
  end: number;
  /** i18n message name; the UI translates it. */
  message: string;
}

export interface ToneResult {
  level: ToneLevel;
  findings: ToneFinding[];
}

export interface ToneOptions {
  forbidden: readonly string[];
  /** The platform's reply limit in characters; none for unlimited. */
  maxLength?: number;
}

/**
 * Shouting: two or more capitalised words of 3+ letters in a row, or one of 6+ letters.
 * Short acronyms (NASA, SNCF, EU) stand alone and are not shouting.
 */
const CAPS = String.raw`\p{Lu}{3,}`;
const SHOUTING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CAPS}(?:[\s,;:'’-]+${CAPS})+|\p{Lu}{6,})(?![\p{L}\p{N}])`,
  'gu',
);
const PUNCTUATION_RUN = /[!?]{3,}/g;

/**
 * First cut of the reply tone check: phrases the brand forbids and a length over the
 * platform's limit block; shouting and runs of !!! or ??? warn. The lexicon-based checks
 * (rudeness, blame, politeness, personal data) come with issue 5.
 */
export function checkReply(text: string, options: ToneOptions): ToneResult {
  const findings: ToneFinding[] = [];
  const { folded, offsets } = normalizeWithOffsets(text);
  for (const phrase of options.forbidden) {
    const needle = normalizeText(phrase);
    for (let at = needle ? folded.indexOf(needle) : -1; at >= 0; at = folded.indexOf(needle, at + 1)) {
      const start = offsets[at]!;
      const end = offsets[at + needle.length]!;
      findings.push({ rule: 'forbidden', level: 'block', start, end, message: 'toneForbidden' });
    }
  }
  const chars = [...text];
  if (options.maxLength !== undefined && chars.length > options.maxLength) {
    const start = chars.slice(0, options.maxLength).join('').length;
    findings.push({ rule: 'too-long', level: 'block', start, end: text.length, message: 'toneTooLong' });
  }
  for (const m of text.matchAll(SHOUTING)) {
    findings.push({ rule: 'shouting', level: 'warn', start: m.index, end: m.index + m[0].length, message: 'toneShouting' });
  }
  for (const m of text.matchAll(PUNCTUATION_RUN)) {
    findings.push({ rule: 'punctuation-run', level: 'warn', start: m.index, end: m.index + m[0].length, message: 'tonePunctuation' });
  }
  findings.sort((a, b) => a.start - b.start);
  const level: ToneLevel = findings.some((f) => f.level === 'block') ? 'block' : findings.length ? 'warn' : 'ok';
  return { level, findings };
}
