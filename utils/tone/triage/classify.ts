import { languageOf } from '../language';
import { ANGER, COMPLAINT, COMPLAINT_TOPIC, count, CRISIS, INSULT, PRAISE, QUESTION_START, SARCASM_OPENER, SARCASM_PHRASE, SPAM } from './cue-rules';
import { CUE_BIT, cuesOf } from './cues';
import { logits, sigmoid, softmax } from './model';
import { CAPS_TOKEN, EMO_NEG, EMO_POS, URL_TOKEN } from './normalize';
import { analyse, getRuntime } from './runtime';

export type Lang = 'fr' | 'en';
export const SENTIMENTS = ['neg', 'neu', 'pos'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const KINDS = ['question', 'complaint', 'praise', 'toxic', 'spam', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Triage {
  lang: Lang;
  sentiment: Sentiment;
  /** Probabilities, summing to 1. */
  sentimentScores: Record<Sentiment, number>;
  kind: Kind;
  /** One score in 0..1 per kind (not a distribution: a post can be a question and a complaint). */
  kindScores: Record<Kind, number>;
  toxicity: number;
  urgency: number;
}

export interface TriageOptions {
  /** For texts too short to tell: the page's language, else the UI's. Default 'en'. */
  fallbackLang?: Lang;
}

/** Log-odds moved per net opinion word (see {@link opinionBalance}), at most 3 words' worth. */
const OPINION_NUDGE = 0.5;
/** Above this, a post is toxic whatever else it is. */
const TOXIC_AT = 0.75;
const SPAM_AT = 0.6;
/**
 * The French hostility data are tweets on hate topics, where anger at a company reads as
 * hostile: its log-odds are shifted so that a plain complaint stays below toxic. Ranking
 * (and so ROC-AUC) is unchanged.
 */
const FRENCH_TOXICITY_SHIFT = 2;

/** At least one of several independent signals: 1 − Π(1 − p). */
const anyOf = (...ps: number[]) => 1 - ps.reduce((q, p) => q * (1 - Math.min(1, Math.max(0, p))), 1);
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * What a mention is: its language, sentiment (trained models, with sarcasm rules on
 * top), toxicity (trained: English offensive tweets, French hostile tweets, plus plain
 * insults), its kind (model scores combined with cue words) and how urgent it is.
 */
export function classifyMention(text: string, options: TriageOptions = {}): Triage {
  const { models, cues } = getRuntime();
  const { tokens, features } = analyse(text);
  const lang = languageOf(text, tokens, features) ?? options.fallbackLang ?? 'en';
  const joined = tokens.tokens.map((t) => (t.startsWith('!') && t.length > 1 ? t.slice(1) : t)).join(' ');

  const complaintCues = count(COMPLAINT, joined);
  const { balance, negated } = opinionBalance(tokens.tokens, cues);
  // The models saw few negations in a few thousand tweets: a negated opinion word
  // (`pas satisfait`, `not happy`) and plain complaint words move the odds by rule.
  const z = logits(lang === 'fr' ? models.sentimentFr : models.sentimentEn, features);
  const nudge = OPINION_NUDGE * Math.max(-3, Math.min(3, negated - complaintCues));
  const [neg = 0, neu = 0, pos = 0] = softmax([z[0]! - nudge, z[1]! - Math.abs(nudge) / 2, z[2]! + nudge]);
  const negativeContext = complaintCues > 0 || balance - complaintCues < 0;
  const sarcastic = count(SARCASM_PHRASE, joined) > 0 || (count(SARCASM_OPENER, joined) > 0 && negativeContext && neg + neu > pos * 0.5);
  // Sarcasm: the praise words are the joke; most of their weight goes to negative.
  const sentimentScores = sarcastic ? { neg: neg + 0.8 * pos + 0.5 * neu, neu: 0.5 * neu, pos: 0.2 * pos } : { neg, neu, pos };
  const total = sentimentScores.neg + sentimentScores.neu + sentimentScores.pos;
  for (const k of ['neg', 'neu', 'pos'] as const) sentimentScores[k] = round(sentimentScores[k] / total);
  const sentiment = (['neg', 'neu', 'pos'] as const).reduce((a, b) => (sentimentScores[b] > sentimentScores[a] ? b : a));

  const insults = count(INSULT, joined);
  const modelToxicity = sigmoid(logits(lang === 'fr' ? models.toxicityFr : models.toxicityEn, features)[0]! - (lang === 'fr' ? FRENCH_TOXICITY_SHIFT : 0));
  const toxicity = anyOf(modelToxicity, insults > 0 ? 0.85 : 0);

  const questionMark = tokens.tokens.some((t) => t.includes('?'));
  const question = anyOf(questionMark ? 0.7 : 0, count(QUESTION_START, joined) > 0 ? 0.45 : 0);
  const topics = count(COMPLAINT_TOPIC, joined);
  const complaint = anyOf(
    sentimentScores.neg * (complaintCues + topics > 0 ? 0.9 : 0.5),
    Math.min(complaintCues, 3) * 0.25 * (1 - sentimentScores.pos),
  );
  const praise = sarcastic ? 0.05 : anyOf(sentimentScores.pos * 0.8, count(PRAISE, joined) > 0 ? 0.35 * (1 - sentimentScores.neg) : 0);
  const links = tokens.tokens.filter((t) => t === URL_TOKEN).length;
  const spamCues = count(SPAM, joined);
  const spam = anyOf(spamCues * (links > 0 ? 0.45 : 0.25), links > 1 ? 0.2 : 0);
  const toxic = toxicity;
  const strongest = Math.max(question, complaint, praise, toxic, spam);
  const kindScores: Record<Kind, number> = {
    question: round(question),
    complaint: round(complaint),
    praise: round(praise),
    toxic: round(toxic),
    spam: round(spam),
    other: round(Math.max(0, 1 - strongest)),
  };
  const kind: Kind =
    spam >= SPAM_AT ? 'spam'
    : toxic >= TOXIC_AT ? 'toxic'
    : strongest < 0.45 ? 'other'
    : (['complaint', 'question', 'praise'] as const).reduce((a, b) => (kindScores[b] > kindScores[a] ? b : a));

  const letters = text.replace(/[^\p{L}]/gu, '');
  const capsShare = letters.length >= 8 ? letters.replace(/[^\p{Lu}]/gu, '').length / letters.length : 0;
  const shouting = anyOf(capsShare > 0.6 ? 0.3 : 0, tokens.tokens.filter((t) => t === CAPS_TOKEN).length >= 2 ? 0.15 : 0);
  const bangs = tokens.tokens.some((t) => t.startsWith('!!') || t === '?!' || t === '!?') ? 0.15 : 0;
  const urgency = anyOf(
    Math.min(count(CRISIS, joined), 2) * 0.4,
    count(ANGER, joined) > 0 ? 0.3 : 0,
    complaint * 0.35,
    toxicity * 0.25,
    shouting,
    bangs,
  );
  return { lang, sentiment, sentimentScores, kind, kindScores, toxicity: round(toxicity), urgency: round(urgency) };
}

/**
 * Positive minus negative opinion words, emoji included (a negated word counts for the
 * other side), and the part of that due to negated words alone.
 */
function opinionBalance(tokens: readonly string[], cues: ReturnType<typeof getRuntime>['cues']): { balance: number; negated: number } {
  let balance = 0;
  let negatedBalance = 0;
  for (const token of tokens) {
    if (token === EMO_POS) balance++;
    else if (token === EMO_NEG) balance--;
    if (!/^!?\p{L}/u.test(token)) continue;
    const negated = token.startsWith('!');
    const bits = cuesOf(cues, negated ? token.slice(1) : token);
    const sign = (bits & CUE_BIT.positive ? 1 : 0) - (bits & CUE_BIT.negative ? 1 : 0);
    balance += negated ? -sign : sign;
    if (negated) negatedBalance -= sign;
  }
  return { balance, negated: negatedBalance };
}
