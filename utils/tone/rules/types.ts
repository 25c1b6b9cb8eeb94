/**
 * The tone rules as data: one table per language, shown in the options page, where each
 * rule can be switched off. A phrase is matched on whole words, any case and any accent;
 * a trailing `*` matches any ending (`stupid*`). `fix` is what a calm spokesperson would
 * write instead, offered in the helper.
 */
export interface TonePhrase {
  phrase: string;
  fix?: string;
}

export interface LexiconRule {
  id: LexiconRuleId;
  level: 'warn' | 'block';
  phrases: ReadonlyArray<string | TonePhrase>;
}

export const LEXICON_RULE_IDS = ['rude', 'blame', 'sarcasm', 'dismissive'] as const;
export type LexiconRuleId = (typeof LEXICON_RULE_IDS)[number];

/** Every rule of the tone check, each with an i18n description `toneRule_<id>` (what and why). */
export const TONE_RULE_IDS = [
  ...LEXICON_RULE_IDS,
  'personal-data',
  'shouting',
  'punctuation-run',
  'greeting-missing',
  'apology-missing',
  'thanks-missing',
  'forbidden',
  'too-long',
] as const;
export type ToneRuleId = (typeof TONE_RULE_IDS)[number];

/** Rules a manager may not switch off: the brand's own list and the platform's limit. */
export const MANDATORY_RULES: readonly ToneRuleId[] = ['forbidden', 'too-long'];

/** Words that make a reply courteous, per language: a greeting, thanks, an apology, warmth (please, a kind closing). */
export interface CourtesyWords {
  greeting: readonly string[];
  thanks: readonly string[];
  apology: readonly string[];
  warmth: readonly string[];
}
