import { normalizeText } from '../../keywords/normalize';

/**
 * Normalisation of short social texts (French and English) into the tokens the triage
 * models see. Both languages go through the same steps, so a post that mixes them, or
 * whose language we guessed wrong, still reads sensibly:
 * - lower case, accents folded (users drop them anyway: `deja`, `tres`, `ca`);
 * - links and handles collapse to one token each (`_url_`, `_user_`): who and where say
 *   nothing about tone, and every dataset masks them differently;
 * - French elision is split (`l'avion` → `le avion`), English contractions expanded
 *   (`don't` → `do not`);
 * - letters repeated 3+ times squeezed to two (`trooop` → `troop`), marked `_elong_`;
 * - emoji and emoticons kept as tokens, plus a polarity token for the common ones;
 * - words in the scope of a negation are prefixed with `!` (`pas content` → `pas !content`).
 */

/** Tokens that stand for a kind of thing rather than a word. */
export const URL_TOKEN = '_url_';
export const USER_TOKEN = '_user_';
export const CAPS_TOKEN = '_caps_';
export const ELONG_TOKEN = '_elong_';
export const LAUGH_TOKEN = '_laugh_';
export const EMO_POS = '_emo_pos_';
export const EMO_NEG = '_emo_neg_';

export interface TriageTokens {
  /** Words (negation-marked with `!`), punctuation runs and special tokens, in order. */
  tokens: string[];
  /** The plain folded words, unmarked, for character n-grams. */
  words: string[];
}

// One alternation, tried left to right: a link before a word, an emoticon before its
// punctuation. The datasets cut links down to a bare `http`, so that counts as a link too.
const PIECE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/\S+|www\.\S+|\bhttps?\b(?::\/*)?|\b[\w-]+\.(?:com|fr|net|org|ly|io|co)(?:\/\S*)?)`,
    String.raw`(?<user>@[\p{L}\p{N}_]+)`,
    String.raw`(?<emoticon>(?<![\p{L}\p{N}])(?:[:;=][-'^o]?[)(\]\[dDpP/\\|*3]+|<3+|\^\^|\^_\^|:'\())`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*)`,
    String.raw`(?<word>#?[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*['’]?)`,
    String.raw`(?<punct>[!?¿¡]+|[.…]{2,})`,
    String.raw`(?<stop>[.,;:()"«»—–])`,
  ].join('|'),
  'gu',
);

const EMOTICON_POLARITY: Record<string, string> = {};
for (const e of [':)', ':-)', ':d', ':-d', ';)', ';-)', ':p', ':-p', '=)', ':]', '<3', '^^', '^_^', ':*', ';d', ':3']) EMOTICON_POLARITY[e] = EMO_POS;
for (const e of [':(', ':-(', ":'(", ':/', ':-/', ':\\', ':|', '=(', ':[', 'd:']) EMOTICON_POLARITY[e] = EMO_NEG;

// Our own short list of the emoji whose meaning is plain; the models learn the rest.
const EMOJI_POS = new Set([...'😀😃😄😁😆😊🙂😍🥰😘😗😙😚☺😇🤩🥳👍👏🙌💪🎉✨💯❤💕💖💗💓💞💘💝♥💙💚💛💜🧡🤗😎🔥⭐🌟👌🤝🙏😂🤣😋😻']);
const EMOJI_NEG = new Set([...'😠😡🤬😤😒🙄😞😔😟😕🙁☹😣😖😫😩😢😭😰😨😱🤮🤢💩👎😑😐🤦💔😬⚠🖕']);

/**
 * Informal spellings and abbreviations → what they stand for. Laughter is one token in
 * both languages. Keys are folded, squeezed forms.
 */
const ABBREVIATIONS: Record<string, string[]> = {
  svp: ['svp'], stp: ['svp'], sil: ['svp'], pls: ['please'], plz: ['please'], pleaz: ['please'],
  mdr: [LAUGH_TOKEN], ptdr: [LAUGH_TOKEN], lol: [LAUGH_TOKEN], lmao: [LAUGH_TOKEN], rofl: [LAUGH_TOKEN], xd: [LAUGH_TOKEN],
  haha: [LAUGH_TOKEN], hahaha: [LAUGH_TOKEN], hihi: [LAUGH_TOKEN], jpp: [LAUGH_TOKEN], lool: [LAUGH_TOKEN],
  wtf: ['wtf'], omg: ['omg'], bcp: ['beaucoup'], pk: ['pourquoi'], pq: ['pourquoi'], pourkoi: ['pourquoi'],
  slt: ['salut'], bjr: ['bonjour'], bsr: ['bonsoir'], mrc: ['merci'], mci: ['merci'], tkt: ['te', 'inquiete'],
  jsp: ['je', 'sais', 'pas'], jsuis: ['je', 'suis'], chui: ['je', 'suis'], ptn: ['putain'], tjrs: ['toujours'], tjs: ['toujours'],
  qd: ['quand'], qqn: ['quelqu', 'un'], qqch: ['quelque', 'chose'], ds: ['dans'], pr: ['pour'], ac: ['avec'], tt: ['tout'],
  thx: ['thanks'], thanx: ['thanks'], ty: ['thanks'], tks: ['thanks'], u: ['you'], ur: ['your'],
  idk: ['i', 'do', 'not', 'know'], dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'],
  isnt: ['is', 'not'], wasnt: ['was', 'not'], arent: ['are', 'not'], wouldnt: ['would', 'not'], couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'], aint: ['is', 'not'], im: ['i', 'am'],
  ive: ['i', 'have'], gonna: ['going', 'to'], wanna: ['want', 'to'], cuz: ['because'], bc: ['because'], b4: ['before'],
  dm: ['dm'], mp: ['dm'],
};

/** Elided French words, restored to their full form: `qu'il` → `que il`. */
const ELISIONS: Record<string, string> = {
  l: 'le', d: 'de', j: 'je', qu: 'que', n: 'ne', s: 'se', c: 'ce', m: 'me', t: 'te',
  jusqu: 'jusque', lorsqu: 'lorsque', puisqu: 'puisque', quoiqu: 'quoique',
};
const EN_SUFFIXES: Record<string, string> = { s: 's', re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' };
const NT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** Words that open a negation scope, in either language. */
const NEGATORS = new Set(['ne', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'neither', 'without', 'nowhere']);
/** How many words a negation reaches, unless punctuation closes it first. */
const NEGATION_SCOPE = 3;

const SQUEEZE = /(\p{L})\1{2,}/gu;

/** Folded, squeezed form of one word, with whether it was elongated. */
function foldWord(raw: string): { word: string; elongated: boolean } {
  const folded = normalizeText(raw);
  const word = folded.replace(SQUEEZE, '$1$1');
  return { word, elongated: word !== folded };
}

/** Expands one folded word into the words it stands for (elision, contraction, abbreviation). */
function expand(word: string, out: string[]): void {
  const apostrophe = word.search(/['’]/);
  if (apostrophe > 0) {
    const head = word.slice(0, apostrophe);
    const tail = word.slice(apostrophe + 1);
    const elided = ELISIONS[head];
    if (elided !== undefined && tail) {
      out.push(elided);
      expand(tail, out);
      return;
    }
    if (tail === 't' && head.endsWith('n')) {
      const base = head.slice(0, -1);
      out.push(NT_BASES[base] ?? base, 'not');
      return;
    }
    const suffix = EN_SUFFIXES[tail];
    if (suffix !== undefined) {
      out.push(head, suffix);
      return;
    }
    for (const part of word.split(/['’]/)) if (part) expand(part, out);
    return;
  }
  const abbreviation = ABBREVIATIONS[word];
  if (abbreviation) out.push(...abbreviation);
  else if (/^(?:ha|he|hi){2,}h?$|^(?:a?ha){2,}$/.test(word)) out.push(LAUGH_TOKEN);
  else out.push(word);
}

export function triageTokens(text: string): TriageTokens {
  const tokens: string[] = [];
  const words: string[] = [];
  let negation = 0;
  const push = (word: string) => {
    if (word.startsWith('_')) tokens.push(word);
    else if (NEGATORS.has(word)) {
      tokens.push(word);
      negation = NEGATION_SCOPE;
    } else if (negation > 0) {
      tokens.push(`!${word}`);
      negation--;
    } else tokens.push(word);
  };
  for (const m of text.matchAll(PIECE)) {
    const g = m.groups ?? {};
    if (g.url) tokens.push(URL_TOKEN);
    else if (g.user) tokens.push(USER_TOKEN);
    else if (g.emoticon) {
      const e = g.emoticon.toLowerCase();
      tokens.push(e);
      const polarity = EMOTICON_POLARITY[e] ?? (e.startsWith('<3') ? EMO_POS : undefined);
      if (polarity) tokens.push(polarity);
    } else if (g.emoji) {
      const base = [...g.emoji][0] ?? '';
      tokens.push(base);
      if (EMOJI_POS.has(base)) tokens.push(EMO_POS);
      else if (EMOJI_NEG.has(base)) tokens.push(EMO_NEG);
    } else if (g.word) {
      const raw = g.word.startsWith('#') ? g.word.slice(1) : g.word;
      const letters = raw.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) tokens.push(CAPS_TOKEN);
      const { word, elongated } = foldWord(raw.replace(/['’]$/, ''));
      if (elongated) tokens.push(ELONG_TOKEN);
      const parts: string[] = [];
      expand(word, parts);
      for (const part of parts) {
        push(part);
        if (!part.startsWith('_')) words.push(part);
      }
    } else if (g.punct) {
      // Runs are kept short: `!!!!!` and `!!!` say the same.
      tokens.push(squeezePunct(g.punct));
      negation = 0;
    } else negation = 0;
  }
  return { tokens, words };
}

function squeezePunct(run: string): string {
  if (run.startsWith('.') || run.startsWith('…')) return '...';
  const s = run.replace(/[¿¡]/g, '').replace(/(.)\1+/g, '$1$1');
  return s.length > 3 ? s.slice(0, 3) : s || '!';
}
