import { normalizeText, normalizeWithOffsets } from '../keywords/normalize';
import type { MentionKind } from '../replies/rank';
import { guessLanguage } from './language';
import { EN_COURTESY, EN_RULES } from './rules/en';
import { FR_COURTESY, FR_RULES } from './rules/fr';
import { politenessScore } from './triage/politeness';
import { MANDATORY_RULES, type CourtesyWords, type LexiconRule, type TonePhrase, type ToneRuleId } from './rules/types';

export type ToneLevel = 'ok' | 'warn' | 'block';

export interface ToneFinding {
  rule: ToneRuleId;
  level: Exclude<ToneLevel, 'ok'>;
  /** The words concerned, as offsets in the checked text (equal for something missing). */
  start: number;
  end: number;
  /** i18n message name (what and why); the UI translates it. */
  message: string;
  /** What to write instead of text[start..end), when there is a better wording. */
  fix?: string;
}

export interface ToneResult {
  level: ToneLevel;
  /** 0..1, 1 = calm and polite. */
  score: number;
  findings: ToneFinding[];
}

export interface ToneOptions {
  /** Phrases the brand forbids (any case, any accent); a reply with one is blocked. */
  forbidden: readonly string[];
  /** The platform's reply limit in characters; none for unlimited. */
  maxLength?: number;
  /** The reply's language: its table applies (both when unknown). */
  lang?: 'fr' | 'en';
  /**
   * What the reply answers: any reply to a mention wants some courtesy, a complaint an
   * apology, praise thanks. Without it (a text checked on its own) those rules are off.
   */
  answering?: MentionKind;
  /** Rules the manager switched off (the brand's forbidden list and the length cannot be). */
  disabled?: readonly string[];
  /** The brand's own public contact details (a hotline, a support address): not personal data. */
  allowed?: readonly string[];
}

const TABLES = {
  fr: { rules: FR_RULES, courtesy: FR_COURTESY },
  en: { rules: EN_RULES, courtesy: EN_COURTESY },
} as const;

/** The rule tables, for the options page. */
export const TONE_TABLES = TABLES;

/**
 * Shouting: two or more capitalised words of 3+ letters in a row, or one of 8+ letters.
 * Acronyms (NASA, SNCF, COPYVIO) stand alone and are not shouting.
 */
const CAPS = String.raw`\p{Lu}{3,}`;
const SHOUTING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CAPS}(?:[\s,;:'’-]+${CAPS})+|\p{Lu}{8,})(?![\p{L}\p{N}])`,
  'gu',
);
const PUNCTUATION_RUN = /[!?]{3,}/g;

/**
 * Personal data that belongs in a private message, not under a public post: e-mail
 * addresses, phone numbers (French and international forms), order, account or ticket
 * numbers, IBANs and card numbers.
 */
const PERSONAL_DATA = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /(?<![\d+])(?:\+\d{1,3}[\s.-]?\(?\d\)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/g,
  /(?<![\w+])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}(?!\d)/g,
  /\b(?:commande|order|account|compte|dossier|ticket|client|facture|invoice|contrat|contract)\s*(?:n°|no\.?|num[ée]ro|number|#|:)?\s*#?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\b/gi,
  /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/g,
  /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g,
];

interface CompiledRule {
  rule: LexiconRule;
  pattern: RegExp;
  fixes: Map<string, string>;
}
const compiled = new Map<LexiconRule, CompiledRule>();
/** What courtesy a reply shows: one kind of words, or any of them. */
type Courtesy = keyof CourtesyWords | 'any';
const compiledCourtesy = new Map<string, RegExp>();

/** Folded text where typographic apostrophes are plain ones (one character for one: offsets hold). */
const fold = (text: string) => normalizeText(text).replace(/[’ʼ‘`]/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole-word pattern on folded text; `*` at the end takes any ending. */
function phrasePattern(phrase: string): string {
  const stem = phrase.endsWith('*');
  const body = escape(fold(stem ? phrase.slice(0, -1) : phrase)).replace(/\s+/g, '\\s+');
  return stem ? `${body}[\\p{L}\\p{N}]*` : body;
}
const wholeWords = (alternatives: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

function compile(rule: LexiconRule): CompiledRule {
  let done = compiled.get(rule);
  if (!done) {
    const items = rule.phrases.map((p): TonePhrase => (typeof p === 'string' ? { phrase: p } : p));
    // Longest first, so "c'est de votre faute" wins over "votre faute".
    items.sort((a, b) => b.phrase.length - a.phrase.length);
    done = {
      rule,
      pattern: wholeWords(items.map((p) => phrasePattern(p.phrase))),
      fixes: new Map(items.filter((p) => p.fix !== undefined).map((p) => [fold(p.phrase), p.fix!])),
    };
    compiled.set(rule, done);
  }
  return done;
}

function courtesyPattern(lang: 'fr' | 'en', kind: Courtesy): RegExp {
  let pattern = compiledCourtesy.get(`${lang}:${kind}`);
  if (!pattern) {
    const words = TABLES[lang].courtesy;
    const list = kind === 'any' ? [...words.greeting, ...words.thanks, ...words.apology, ...words.warmth] : words[kind];
    pattern = wholeWords(list.map(phrasePattern));
    compiledCourtesy.set(`${lang}:${kind}`, pattern);
  }
  return pattern;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/**
 * Checks a reply before it is inserted: the brand's forbidden phrases and the platform's
 * limit block; rude words and personal data block; blame, sarcasm, dismissive wording,
 * shouting, runs of !!! or ???, and missing courtesy (a greeting, an apology to a
 * complaint, thanks for praise) warn. Each finding points at the words and, where the
 * table has one, proposes a calmer wording.
 */
export function checkReply(text: string, options: ToneOptions): ToneResult {
  const off = new Set(options.disabled?.filter((id) => !MANDATORY_RULES.includes(id as ToneRuleId)));
  const findings: ToneFinding[] = [];
  // A word in both languages' tables (idiot) is one finding, not two.
  const keys = new Set<string>();
  const add = (f: Omit<ToneFinding, 'message'>) => {
    const key = `${f.rule}:${f.start}:${f.end}`;
    if (off.has(f.rule) || keys.has(key)) return;
    keys.add(key);
    findings.push({ ...f, message: toneMessageKey(f.rule) });
  };
  const { folded: rawFolded, offsets } = normalizeWithOffsets(text);
  const folded = rawFolded.replace(/[’ʼ‘`]/g, "'");
  const span = (at: number, length: number) => ({ start: offsets[at]!, end: offsets[at + length]! });

  for (const phrase of options.forbidden) {
    const needle = fold(phrase);
    for (let at = needle ? folded.indexOf(needle) : -1; at >= 0; at = folded.indexOf(needle, at + 1)) {
      add({ rule: 'forbidden', level: 'block', ...span(at, needle.length) });
    }
  }
  const chars = [...text];
  if (options.maxLength !== undefined && chars.length > options.maxLength) {
    add({ rule: 'too-long', level: 'block', start: chars.slice(0, options.maxLength).join('').length, end: text.length });
  }

  const langs = options.lang ? [options.lang] : (['fr', 'en'] as const);
  for (const { rules } of langs.map((lang) => TABLES[lang])) {
    for (const rule of rules) {
      const { pattern, fixes } = compile(rule);
      for (const m of folded.matchAll(pattern)) {
        const fix = fixes.get(m[0].replace(/\s+/g, ' '));
        add({ rule: rule.id, level: rule.level, ...span(m.index, m[0].length), ...(fix !== undefined ? { fix } : {}) });
      }
    }
  }

  const allowed = new Set((options.allowed ?? []).flatMap((value) => [value.trim().toLowerCase(), digitsOf(value)]).filter((v) => v.length >= 4));
  // The patterns overlap (an IBAN is also a run of digits): the first one to claim the characters wins.
  const claimed: Array<[number, number]> = [];
  for (const pattern of PERSONAL_DATA) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claimed.some(([a, b]) => start < b && a < end)) continue;
      if (allowed.has(m[0].trim().toLowerCase()) || allowed.has(digitsOf(m[0]))) continue;
      claimed.push([start, end]);
      add({ rule: 'personal-data', level: 'block', start, end });
    }
  }

  for (const m of text.matchAll(SHOUTING)) {
    add({ rule: 'shouting', level: 'warn', start: m.index, end: m.index + m[0].length, fix: m[0].toLowerCase() });
  }
  for (const m of text.matchAll(PUNCTUATION_RUN)) {
    add({ rule: 'punctuation-run', level: 'warn', start: m.index, end: m.index + m[0].length, fix: m[0][0] });
  }

  const has = (kind: Courtesy) =>
    langs.some((lang) => {
      const pattern = courtesyPattern(lang, kind);
      pattern.lastIndex = 0;
      return pattern.test(folded);
    });
  // Courtesy is expected of a reply to a mention (the helper always says what it answers);
  // missing courtesy is pointed at the start of the reply, where the fix goes.
  const en = options.lang === 'en';
  if (options.answering && text.trim() && !has('any')) {
    add({ rule: 'greeting-missing', level: 'warn', start: 0, end: 0, fix: en ? 'Hello, ' : 'Bonjour, ' });
  }
  if (options.answering === 'complaint' && !has('apology')) {
    add({ rule: 'apology-missing', level: 'warn', start: 0, end: 0, fix: en ? 'We are sorry for the trouble. ' : 'Nous sommes désolés pour ce désagrément. ' });
  }
  if (options.answering === 'praise' && !has('thanks')) {
    add({ rule: 'thanks-missing', level: 'warn', start: 0, end: 0, fix: en ? 'Thank you! ' : 'Merci ! ' });
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks = findings.filter((f) => f.level === 'block').length;
  const warns = findings.length - blocks;
  const level: ToneLevel = blocks ? 'block' : warns ? 'warn' : 'ok';
  // The rules say what is wrong; the politeness model (trained on rated requests) how
  // courteous the whole reads. Each finding costs, and a curt reply scores lower.
  const rules = Math.max(0, 1 - 0.4 * blocks - 0.15 * warns);
  const polite = politenessScore(text, options.lang ?? guessLanguage(text) ?? 'en');
  return { level, score: rules * (0.5 + 0.5 * polite), findings };
}

/** The i18n message of a rule (message names allow no `-`: Chrome refuses to load the extension). */
export function toneMessageKey(rule: ToneRuleId): string {
  return `toneRule_${rule.replace(/-/g, '_')}`;
}

/** Applies a finding's fix to the text it was found in. */
export function applyFix(text: string, finding: ToneFinding): string {
  return finding.fix === undefined ? text : text.slice(0, finding.start) + finding.fix + text.slice(finding.end);
}
