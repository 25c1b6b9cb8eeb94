import { CUE_BIT, cuesOf, listedCount, LISTS, type CueTable } from './cues';
import { FNV_PRIME, hashString } from './hash';
import { CAPS_TOKEN, EMO_NEG, EMO_POS, triageTokens, type TriageTokens } from './normalize';
import { OFFENSIVE_CUES, offensiveCounts } from './offensive';

/**
 * Hashed features of a short text: word unigrams and bigrams (negation-marked) and
 * character 2–5-grams inside each word, all folded into one space of `dim` buckets
 * (a power of two). Hashing needs no vocabulary, so the shipped weights are one flat
 * array per model and an unseen word still gets its character n-grams' opinion.
 */
export interface Features {
  /** Bucket indexes, possibly repeated (a repeat adds up). */
  index: Int32Array;
  value: Float32Array;
  /** How many entries of index/value the plain features use. */
  length: number;
  /**
   * Up to here, the plain features then the offensive cues (see {@link FeatureOptions}),
   * which only the toxicity models read.
   */
  fullLength: number;
  /** Counts of cue words and marks ({@link DENSE}), on the same scale as the hashed part. */
  dense: Float32Array;
  /** The plain folded words (normalize.ts), for a model's word scores (word-scores.ts). */
  words: readonly string[];
}

/**
 * The few dense features: cue-word counts (opinion words, negated or not, and the
 * politeness strategies), emoji polarity, `?`, `!` and capitals. Unlike hashed words,
 * they generalise to words the training texts never had, and they are what the French
 * politeness model runs on (it is trained on English: see tools/train-triage.ts).
 */
export const DENSE = [
  'positive', 'negative', 'negatedPositive', 'negatedNegative', 'emojiPositive', 'emojiNegative',
  'please', 'pleaseStart', 'hedge', 'deference', 'firstPlural', 'first', 'firstStart', 'second', 'secondStart',
  'greeting', 'directQuestion', 'directStart', 'gratitude', 'apology', 'subjunctive', 'indicative',
  'question', 'exclamation', 'caps',
] as const;
export type DenseFeature = (typeof DENSE)[number];
const D = Object.fromEntries(DENSE.map((name, i) => [name, i])) as Record<DenseFeature, number>;

/** Cue bits → the dense feature each one counts in (and its `…Start` twin, if any). */
const CUE_FEATURES: [number, number, number | undefined][] = [
  [CUE_BIT.please, D.please, D.pleaseStart],
  [CUE_BIT.hedge, D.hedge, undefined],
  [CUE_BIT.deference, D.deference, undefined],
  [CUE_BIT.firstPlural, D.firstPlural, undefined],
  [CUE_BIT.first, D.first, D.firstStart],
  [CUE_BIT.second, D.second, D.secondStart],
  [CUE_BIT.greeting, D.greeting, undefined],
  [CUE_BIT.directQuestion, D.directQuestion, undefined],
  [CUE_BIT.directStart, D.directStart, D.directStart],
  [CUE_BIT.gratitude, D.gratitude, undefined],
  [CUE_BIT.apology, D.apology, undefined],
  [CUE_BIT.subjunctive, D.subjunctive, undefined],
  [CUE_BIT.indicative, D.indicative, undefined],
];

export interface FeatureOptions {
  dim: number;
  /** Weight of one character n-gram against one word. */
  charWeight: number;
  /** Weight of one dense count against one word. */
  denseWeight: number;
  /**
   * Offensive cues (offensive.ts): each swear word, insult, slur or threat also counts as
   * a word of its kind (`_off_insult`), and a post with any as `_off_any`, at this weight.
   */
  offensiveWeight?: number;
  /**
   * …and again outside the unit-length scaling, at this weight per cue kind (at most two
   * of a kind): one insult weighs the same in a long post as in a short one. So does
   * `_off_raw_listed`: the words' counts of outside profanity lists holding them (cues.ts),
   * each over all the lists, summed up to {@link LISTED_CAP}.
   */
  offensiveRaw?: number;
}

const WORD_SEED = 0x2f1a3b7d;
const CHAR_SEED = 0x6b43a9b5;
const OFFENSIVE_SEED = 0x3c6ef372;
const OFFENSIVE_KINDS = [...OFFENSIVE_CUES, 'targeted'] as const;
const OFFENSIVE_HASHES = OFFENSIVE_KINDS.map((kind) => hashString(`_off_${kind}`, OFFENSIVE_SEED));
const OFFENSIVE_RAW_HASHES = OFFENSIVE_KINDS.map((kind) => hashString(`_off_raw_${kind}`, OFFENSIVE_SEED));
const OFFENSIVE_ANY = hashString('_off_any', OFFENSIVE_SEED);
const OFFENSIVE_RAW_ANY = hashString('_off_raw_any', OFFENSIVE_SEED);
const OFFENSIVE_RAW_LISTED = hashString('_off_raw_listed', OFFENSIVE_SEED);
/** A cue kind counts at most this many times outside the unit-length scaling. */
const OFFENSIVE_RAW_CAP = 2;
/** Three words every list holds say all there is to say. */
const LISTED_CAP = 3;
const MIN_GRAM = 2;
const MAX_GRAM = 5;

/** The bucket of one word-level token; the training tool uses it to fold lexicons in. */
export function wordBucket(token: string, dim: number): number {
  return hashString(token, WORD_SEED) & (dim - 1);
}

function pairHash(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, FNV_PRIME) >>> 0;
}

/** Pre-sized scratch buffers, reused from one text to the next. */
let index = new Int32Array(4096);
let value = new Float32Array(4096);

export function featuresOf(text: string, options: FeatureOptions, cues: CueTable): Features {
  return featuresOfTokens(triageTokens(text), options, cues);
}

export function featuresOfTokens({ tokens, words }: TriageTokens, options: FeatureOptions, cues: CueTable): Features {
  const { dim, charWeight, denseWeight } = options;
  const offensiveWeight = options.offensiveWeight ?? 0;
  const offensiveRaw = options.offensiveRaw ?? 0;
  const dense = new Float32Array(DENSE.length);
  const listed = countDense(tokens, cues, dense);
  const mask = dim - 1;
  let n = 0;
  const offensive = offensiveWeight > 0 || offensiveRaw > 0 ? offensiveCounts(words) : null;
  const room = tokens.length * 2 + 2 + (words.length + 2) * OFFENSIVE_KINDS.length * 2 + words.reduce((sum, w) => sum + (w.length + 2) * (MAX_GRAM - MIN_GRAM + 1), 0);
  if (room > index.length) {
    index = new Int32Array(room * 2);
    value = new Float32Array(room * 2);
  }
  let previous = hashString('<s>', WORD_SEED);
  for (const token of tokens) {
    const h = hashString(token, WORD_SEED);
    index[n] = h & mask;
    value[n++] = 1;
    index[n] = pairHash(previous, h) & mask;
    value[n++] = 1;
    previous = h;
  }
  index[n] = pairHash(previous, hashString('</s>', WORD_SEED)) & mask;
  value[n++] = 1;
  if (charWeight > 0) {
    for (const word of words) {
      // The word between spaces, so n-grams know where it starts and ends.
      const padded = ` ${word} `;
      for (let i = 0; i + MIN_GRAM <= padded.length; i++) {
        let h = CHAR_SEED;
        for (let j = i; j < padded.length && j - i < MAX_GRAM; j++) {
          h = Math.imul(h ^ padded.charCodeAt(j), FNV_PRIME);
          if (j - i + 1 >= MIN_GRAM) {
            index[n] = (h >>> 0) & mask;
            value[n++] = charWeight;
          }
        }
      }
    }
  }
  // Unit length, so long and short texts weigh the same.
  let norm = 0;
  for (let i = 0; i < n; i++) norm += value[i]! * value[i]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < n; i++) value[i] = value[i]! * scale;
  const length = n;
  if (offensive && offensiveWeight > 0) {
    // On the plain features' scale (their unit length leaves these out).
    let any = false;
    OFFENSIVE_KINDS.forEach((kind, k) => {
      for (let c = 0; c < offensive[kind]; c++) {
        index[n] = OFFENSIVE_HASHES[k]! & mask;
        value[n++] = offensiveWeight * scale;
        any = true;
      }
    });
    if (any) {
      index[n] = OFFENSIVE_ANY & mask;
      value[n++] = offensiveWeight * scale;
    }
  }
  if (offensive && offensiveRaw > 0) {
    let any = false;
    OFFENSIVE_KINDS.forEach((kind, k) => {
      const count = Math.min(offensive[kind], OFFENSIVE_RAW_CAP);
      if (count === 0) return;
      index[n] = OFFENSIVE_RAW_HASHES[k]! & mask;
      value[n++] = offensiveRaw * count;
      any = true;
    });
    if (any) {
      index[n] = OFFENSIVE_RAW_ANY & mask;
      value[n++] = offensiveRaw;
    }
    if (listed > 0) {
      index[n] = OFFENSIVE_RAW_LISTED & mask;
      value[n++] = offensiveRaw * Math.min(LISTED_CAP, listed / LISTS);
    }
  }
  for (let i = 0; i < dense.length; i++) dense[i] = dense[i]! * scale * denseWeight;
  return { index, value, length, fullLength: n, dense, words };
}

/** Counts the dense features into `dense`; returns the words' listed counts, summed (cues.ts). */
function countDense(tokens: readonly string[], cues: CueTable, dense: Float32Array): number {
  let first = true;
  let listed = 0;
  for (const token of tokens) {
    if (token === '?' || token === '??' || token === '?!' || token === '!?') dense[D.question]!++;
    else if (token.startsWith('!') && !/[\p{L}\p{N}]/u.test(token)) dense[D.exclamation]!++;
    else if (token === EMO_POS) dense[D.emojiPositive]!++;
    else if (token === EMO_NEG) dense[D.emojiNegative]!++;
    else if (token === CAPS_TOKEN) dense[D.caps]!++;
    if (!/^!?[\p{L}\p{N}]/u.test(token)) continue;
    const negated = token.startsWith('!');
    const bits = cuesOf(cues, negated ? token.slice(1) : token);
    listed += listedCount(bits);
    if (bits & CUE_BIT.positive) dense[negated ? D.negatedPositive : D.positive]!++;
    if (bits & CUE_BIT.negative) dense[negated ? D.negatedNegative : D.negative]!++;
    for (const [bit, feature, atStart] of CUE_FEATURES) {
      if (!(bits & bit)) continue;
      dense[first && atStart !== undefined ? atStart : feature]!++;
    }
    first = false;
  }
  return listed;
}
