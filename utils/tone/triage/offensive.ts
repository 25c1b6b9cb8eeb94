/**
 * Offensive-language cues, French and English: swear words, insults, slurs and threats,
 * counted on the folded words of a post (see normalize.ts: lower case, accents gone,
 * letters repeated 3+ times squeezed to two). The toxicity models read the counts as
 * dense features (features.ts), so what a cue is worth is learnt from the labelled data;
 * the lists only say which words belong together, and they reach words the training texts
 * never had (a new compound such as `shitshow`, an elongated `fuuuck`). Our own short
 * lists, written here for this purpose.
 *
 * A pattern is a folded word; `*` at its end allows any ending (`idiot*` also matches
 * `idiots`, `idiotic`), `*` at its start any beginning (`*tard` matches `libtard`).
 */
const LISTS = {
  profanity: [
    'fuck*', '*fucker*', '*fucking', 'motherfuck*', 'fck*', 'fk', 'fkn', 'fuk*', 'fuq*', 'phuck*', 'effing', 'frick*', 'shit*', '*shit', 'bullshit*', 'crap*',
    'damn*', 'goddam*', 'dammit', 'ass', 'asses', 'dumbass*', 'jackass*', 'smartass*', 'fatass*', 'badass*', 'asshat*', 'kickass', 'arse*', 'asshole*', 'azz', 'bitch*', 'biatch', 'bastard*', 'dick*', 'cock*', 'cunt*', 'pussy', 'pussies',
    'twat*', 'wank*', 'bollock*', 'bloody', 'piss*', 'hell', 'suck', 'sucks', 'sucked', 'sucking', 'stfu', 'gtfo', 'wtf', 'lmfao', 'omfg', 'mf', 'mofo', 'tits', 'boob*',
    'booty', 'balls', 'porn*', 'sex', 'sexy', 'horny', 'jerk*', 'douche*', 'screw*',
    'putain*', 'ptn', 'merde*', 'bordel', 'chier', 'chie', 'chiant*', 'foutre', 'fous', 'fout', 'couille*', 'cul', 'nique', 'niquer', 'niquez', 'ntm', 'fdp', 'tg',
    'emmerde*', 'baise*', 'baiser',
  ],
  insult: [
    'idiot*', 'moron*', 'stupid*', 'dumb*', 'imbecil*', 'retard*', '*tard', '*tards', 'loser*', 'clown*', 'fool*', 'scum*', 'trash*', 'garbage', 'pathetic', 'disgust*',
    'liar*', 'lying', 'hypocrit*', 'coward*', 'traitor*', 'psycho*', 'lunatic*', 'creep*', 'pig', 'pigs', 'rat', 'rats', 'snake*', 'maggot*', 'vermin', 'freak*',
    'ugly', 'fat', 'gross', 'nasty', 'sick', 'sicko', 'crazy', 'insane', 'nut', 'nuts', 'nutjob*', 'ignorant', 'clueless', 'brainless', 'brainwash*',
    'useless', 'worthless', 'disgrace*', 'shameless', 'scumbag*', 'dirtbag*', 'sleaz*', 'thug*', 'whore*', 'slut*', 'hoe', 'hoes', 'skank*', 'bimbo*', 'incompetent',
    'evil', 'corrupt*', 'criminal*', 'crook*', 'fraud*', 'fake', 'puppet*', 'sheep', 'snowflake*', 'commie*', 'fascist*', 'nazi*', 'racist*', 'bigot*', 'pervert*',
    'pedo*', 'paedo*', 'degenerate*', 'deplorable*', 'trump*tard', 'demonrat*', 'libtard*', 'maggat*', 'treason*', 'shame', 'shameful', 'hate', 'hater*', 'hateful',
    'dipshit*', 'douchebag*', 'prick*', 'tosser*', 'nitwit*', 'dimwit*', 'halfwit*', 'numbskull*', 'buffoon*', 'turd*', 'slob*', 'hag', 'witch', 'scumbucket*',
    'vile', 'despicable', 'deranged', 'unhinged', 'delusional', 'moronic', 'idiocy', 'stupidity', 'imbecilic', 'bootlick*', 'sellout*', 'shill*', 'grifter*',
    'dummy', 'dummies', 'dork*', 'dope', 'jerkoff*', 'airhead*', 'bozo*', 'cuck*', 'simp*', 'karen', 'wuss*', 'sissy', 'punk', 'lowlife*', 'subhuman*', 'animal*',
    'con', 'cons', 'conne', 'connes', 'connard*', 'connasse*', 'salaud*', 'salop*', 'batard*', 'abruti*', 'debil*', 'cretin*', 'imbecile*', 'idiote*', 'bouffon*', 'tocard*',
    'naze*', 'nul', 'nuls', 'nulle*', 'minable*', 'pourri*', 'ordure*', 'raclure*', 'vermine', 'dechet*', 'chienne*', 'porc*',
    'menteur*', 'menteuse*', 'escroc*', 'voleur*', 'voleuse*', 'lache*', 'honte*', 'honteu*', 'degueulasse*', 'degueu*', 'pathetique*', 'ridicule*', 'incapable*',
    'guignol*', 'blaireau*', 'cassos', 'boloss*', 'bolos', 'tebe*', 'neuneu*', 'enfoire*', 'enflure*', 'fumier*', 'charogne*', 'pouffiasse*', 'grognasse*', 'branleur*', 'trouduc*', 'cafard*', 'minus', 'mongol*', 'gogol*', 'attarde*', 'facho*', 'gaucho*', 'islamo*', 'collabo*', 'parasite*', 'racaille*', 'sauvage*', 'barbare*',
  ],
  slur: [
    'nigg*', 'niga*', 'negro*', 'fag', 'fags', 'faggot*', 'dyke*', 'tranny*', 'spic', 'spics', 'kike*', 'chink*', 'towelhead*', 'raghead*', 'wetback*', 'gook*',
    'negre*', 'negresse*', 'bougnoul*', 'bicot*', 'youpin*', 'feuj', 'pede', 'pedes', 'pd', 'tapette*', 'tafiole*', 'gouine*', 'bamboula*', 'chinetoque*', 'niak*',
  ],
  threat: [
    'kill*', 'die', 'dies', 'died', 'dead', 'death', 'murder*', 'hang', 'hanged', 'lynch*', 'punch*', 'slap*', 'stab*', 'rape*', 'raping', 'rapist*',
    'tuer', 'tue', 'tuez', 'crever', 'creve*', 'mort', 'morts', 'mourir', 'buter', 'bute', 'flinguer', 'pendre', 'pendu*', 'bruler', 'frapper', 'cogner', 'viol*',
    'detruire', 'exterminer', 'expulse*', 'degage*', 'degagez', 'virer', 'dehors',
  ],
} as const;

export type OffensiveCue = keyof typeof LISTS;
export const OFFENSIVE_CUES = Object.keys(LISTS) as OffensiveCue[];

function compile(patterns: readonly string[]): RegExp {
  const alternatives = patterns.map((p) => (p.startsWith('*') ? String.raw`\w*` : '') + p.replace(/^\*|\*$/g, '') + (p.endsWith('*') ? String.raw`\w*` : ''));
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}
const PATTERNS = OFFENSIVE_CUES.map((cue) => [cue, compile(LISTS[cue])] as const);

/** Words that aim what follows at someone (`you idiot`, `t'es con`, `bande de …`). */
const TARGET = new Set(['you', 'your', 'youre', 'yourself', 'ya', 'ur', 'u', 'yall', 'he', 'she', 'they', 'his', 'her', 'their', 'these', 'those', 'tu', 'te', 'toi', 'ta', 'ton', 'tes', 'vous', 'votre', 'vos', 'bande', 'espece']);
/** How many words after a target word an insult still aims at it. */
const TARGET_REACH = 3;

export interface OffensiveCounts {
  profanity: number;
  insult: number;
  slur: number;
  threat: number;
  /** Insults, slurs and swear words shortly after a word that names someone. */
  targeted: number;
}

/** Squeezes every run of a repeated letter to one: `fuuckk` → `fuck`. */
const squeezeAll = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

// Words come back again and again: each one is matched once and remembered.
const remembered = new Map<string, number>();
const MAX_REMEMBERED = 20_000;

/** The cues of one folded word, as a bit mask in {@link OFFENSIVE_CUES} order. */
export function offensiveBits(word: string): number {
  let bits = remembered.get(word);
  if (bits === undefined) {
    bits = matchBits(word);
    if (remembered.size < MAX_REMEMBERED) remembered.set(word, bits);
  }
  return bits;
}

function matchBits(word: string): number {
  let bits = 0;
  const squeezed = squeezeAll(word);
  for (let i = 0; i < PATTERNS.length; i++) {
    const pattern = PATTERNS[i]![1];
    if (pattern.test(word) || (squeezed !== word && pattern.test(squeezed))) bits |= 1 << i;
  }
  return bits;
}

const INSULTING = (1 << OFFENSIVE_CUES.indexOf('profanity')) | (1 << OFFENSIVE_CUES.indexOf('insult')) | (1 << OFFENSIVE_CUES.indexOf('slur'));

/** Cue counts over the folded words of a post, in order. */
export function offensiveCounts(words: readonly string[]): OffensiveCounts {
  const out: OffensiveCounts = { profanity: 0, insult: 0, slur: 0, threat: 0, targeted: 0 };
  let sinceTarget = Infinity;
  for (const word of words) {
    if (TARGET.has(word)) {
      sinceTarget = 0;
      continue;
    }
    sinceTarget++;
    if (word.length < 2 && word !== 'u') continue;
    const bits = offensiveBits(word);
    if (!bits) continue;
    for (let i = 0; i < OFFENSIVE_CUES.length; i++) if (bits & (1 << i)) out[OFFENSIVE_CUES[i]!]++;
    if (bits & INSULTING && sinceTarget <= TARGET_REACH) out.targeted++;
  }
  return out;
}
