import { tokenize, type Token, type Tokens } from './normalize';
import { accentedWords, parseQuery, type QueryNode, type Term } from './query';
import { compileScreen, type MayBreak } from './screen';

export interface WatchQuery {
  id: string;
  label: string;
  color: string;
  query: string;
}

/** Where a query's words were found, as offsets in the text, for highlighting. */
export interface Hit {
  queryId: string;
  start: number;
  end: number;
}

export interface MatchResult {
  /** The queries the text mentions, in query order. */
  queryIds: string[];
  hits: Hit[];
}

export interface Matcher {
  match(text: string): MatchResult;
  /**
   * A cheap test that never misses: false means `match` finds nothing in this text or
   * in any text made of the same characters with other word breaks (so it can be run on
   * a post's raw `textContent`, where block elements glue words together).
   */
  mightMatch(text: string): boolean;
  /**
   * The scanner's screen, on a post's raw `textContent`: false means the exact reading of
   * the post cannot mention any query. A query word glued to letters in the raw text is
   * kept only where `mayBreak` says the exact reading may break words at the glue
   * (`textBreaks(post)`: at an element boundary); without it, like `mightMatch`.
   */
  screen(raw: string, mayBreak?: MayBreak): boolean;
  /** How many queries compiled (an invalid one is left out). */
  size: number;
}

/** One occurrence of a term: word positions [from, to] and text offsets. */
interface Occurrence {
  from: number;
  to: number;
  start: number;
  end: number;
}

interface CompiledTerm {
  id: number;
  term: Term;
  /** The queries (by index) in which this term appears outside a NOT. */
  queries: number[];
}

interface CompiledQuery {
  id: string;
  tree: QueryNode;
  /** Term ids by node, filled at compile time. */
  termIds: Map<QueryNode, number>;
}

const NO_MATCH: MatchResult = { queryIds: [], hits: [] };

/**
 * Compiles the watch queries into one index, once per configuration change. Matching a
 * text is then a single pass over its words with a hash lookup each, whatever the number
 * of queries; only the queries whose terms occur are evaluated. A query that does not
 * parse is left out: the options page refuses to save one, so this only guards against a
 * configuration edited elsewhere.
 */
export function compileQueries(queries: readonly WatchQuery[]): Matcher {
  const compiled: CompiledQuery[] = [];
  const terms: CompiledTerm[] = [];
  const termByKey = new Map<string, CompiledTerm>();
  /** First word → terms that start with it (whole-word terms). */
  const byWord = new Map<string, CompiledTerm[]>();
  /** Stem → stem terms; looked up for each stem length in use. */
  const byStem = new Map<string, CompiledTerm[]>();
  const stemLengths = new Set<number>();

  for (const q of queries) {
    let tree: QueryNode;
    try {
      tree = parseQuery(q.query);
    } catch {
      continue;
    }
    const index = compiled.length;
    const termIds = new Map<QueryNode, number>();
    const visit = (node: QueryNode, negated: boolean) => {
      switch (node.kind) {
        case 'term': {
          const { term } = node;
          const key = `${term.accents ? `=${term.accents.join(' ')}` : ''}${term.prefix}${term.words.join(' ')}${term.stem ? '*' : ''}`;
          let t = termByKey.get(key);
          if (!t) {
            t = { id: terms.length, term: node.term, queries: [] };
            terms.push(t);
            termByKey.set(key, t);
            const first = node.term.words[0]!;
            // A single-word stem is looked up by its prefixes; a phrase by its first word.
            if (node.term.stem && node.term.words.length === 1) {
              push(byStem, first, t);
              stemLengths.add(first.length);
            } else push(byWord, first, t);
          }
          if (!negated && t.queries.at(-1) !== index) t.queries.push(index);
          termIds.set(node, t.id);
          return;
        }
        case 'not':
          return visit(node.child, true);
        case 'near':
          visit(node.left, negated);
          return visit(node.right, negated);
        case 'and':
        case 'or':
          return node.children.forEach((child) => visit(child, negated));
      }
    };
    visit(tree, false);
    compiled.push({ id: q.id, tree, termIds });
  }
  const index: TermIndex = { byWord, byStem, stemLengths: [...stemLengths].sort((a, b) => a - b), shapes: new Set(), stemStarts: new Set() };
  for (const word of byWord.keys()) index.shapes.add(shapeOf(word));
  for (const stem of byStem.keys()) index.stemStarts.add(stem.charCodeAt(0));
  // Every term starts with an indexed word (whole) or stem (a word's start). One pass of
  // an automaton over all of them, whatever the number of queries, turns away most texts
  // before they are split into words: none of them anywhere, even inside a longer word
  // (`mightMatch`, safe on text whose word breaks are lost); none as a word or a word
  // start (`match`, on the exact text; `screen`, with the page's word breaks).
  const screenWords = new Map<string, { text: string; whole: boolean; stem: boolean }>();
  for (const word of byWord.keys()) screenWords.set(word, { text: word, whole: true, stem: false });
  for (const stem of byStem.keys()) {
    const known = screenWords.get(stem);
    if (known) known.stem = true;
    else screenWords.set(stem, { text: stem, whole: false, stem: true });
  }
  const indexed = compileScreen([...screenWords.values()]);
  const mightMatch = (text: string) => indexed.any(text);
  const screen = (raw: string, mayBreak: MayBreak = () => true) => indexed.words(raw, mayBreak);

  function match(text: string): MatchResult {
    if (!indexed.words(text)) return NO_MATCH;
    const tokens = tokenize(text);
    const found = findTerms(text, tokens, index);
    if (found.size === 0) return NO_MATCH;
    const candidates = new Set<number>();
    for (const termId of found.keys()) for (const q of terms[termId]!.queries) candidates.add(q);
    const queryIds: string[] = [];
    const hits: Hit[] = [];
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const q = compiled[index]!;
      const occurrences = (node: QueryNode) => found.get(q.termIds.get(node)!) ?? [];
      if (!evaluate(q.tree, occurrences)) continue;
      queryIds.push(q.id);
      const seen = new Set<string>(); // `Acme OR @acme` finds @acme twice
      collectHits(q.tree, occurrences, (o) => {
        const key = `${o.start}:${o.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        hits.push({ queryId: q.id, start: o.start, end: o.end });
      });
    }
    return queryIds.length ? { queryIds, hits } : NO_MATCH;
  }

  return {
    match,
    mightMatch,
    screen,
    size: compiled.length,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The indexed terms, by the word or stem they start with. */
interface TermIndex {
  /** First word → terms that start with it (whole-word terms). */
  byWord: Map<string, CompiledTerm[]>;
  /** Stem → stem terms; looked up for each stem length in use, shortest first. */
  byStem: Map<string, CompiledTerm[]>;
  stemLengths: number[];
  /**
   * The shape (first code unit and length) of each word of `byWord`, and the first code
   * unit of each stem: a word of a post with neither shape nor stem start is looked up
   * no further. Most words of a post are such, and a small-number set is cheaper to ask
   * than a map of strings, which hashes the word first and, with a thousand queries,
   * is large enough to miss the processor's caches.
   */
  shapes: Set<number>;
  stemStarts: Set<number>;
}

/** A word's first code unit and length (up to 63), as one number. */
const shapeOf = (word: string) => word.charCodeAt(0) * 64 + Math.min(word.length, 63);

/** Every occurrence of every indexed term in the text, by term id. */
function findTerms(text: string, { words, aliases }: Tokens, { byWord, byStem, stemLengths, shapes, stemStarts }: TermIndex): Map<number, Occurrence[]> {
  const found = new Map<number, Occurrence[]>();
  /** For `=` terms: the words as written, accents and all. */
  const written = (token: Token) => accentedWords(text.slice(token.start + token.prefix.length, token.end)).join('');
  const sameAccents = (token: Token, want: string, stem: boolean) => {
    const got = written(token);
    return stem ? got.startsWith(want) : got === want;
  };
  const consider = (token: Token, span: number, candidates: CompiledTerm[] | undefined, isAlias: boolean) => {
    if (!candidates) return;
    for (const t of candidates) {
      const { term } = t;
      if (term.prefix && term.prefix !== token.prefix) continue;
      const last = term.words.length - 1;
      if (last === 0) {
        if (term.accents && !sameAccents(token, term.accents.join(''), term.stem)) continue;
        push(found, t.id, { from: token.pos, to: token.pos + span - 1, start: token.start, end: token.end });
        continue;
      }
      // A phrase: the next words at the next positions (an alias is a single word).
      if (isAlias) continue;
      const end = words[token.pos + last];
      if (!end) continue;
      let ok = true;
      for (let k = 0; k <= last && ok; k++) {
        const at = words[token.pos + k]!;
        if (k > 0) ok = k === last && term.stem ? at.word.startsWith(term.words[k]!) : at.word === term.words[k];
        if (ok && term.accents?.[k] !== undefined) ok = sameAccents(at, term.accents[k]!, term.stem && k === last);
      }
      if (ok) push(found, t.id, { from: token.pos, to: end.pos, start: token.start, end: end.end });
    }
  };
  // (Indexed loops: this runs for each word of a candidate post, a few dozen times a
  // scan, too seldom for the engine to optimise an iterator away.)
  const lookup = (token: Token, span: number, isAlias: boolean) => {
    const word = token.word;
    if (shapes.has(shapeOf(word))) consider(token, span, byWord.get(word), isAlias);
    if (!stemStarts.has(word.charCodeAt(0))) return;
    for (let k = 0; k < stemLengths.length; k++) {
      const length = stemLengths[k]!;
      if (length > token.word.length) break;
      consider(token, span, byStem.get(token.word.slice(0, length)), isAlias);
    }
  };
  for (let k = 0; k < words.length; k++) lookup(words[k]!, 1, false);
  for (let k = 0; k < aliases.length; k++) lookup(aliases[k]!, aliases[k]!.span, true);
  return found;
}

type Occurrences = (node: QueryNode) => Occurrence[];

function evaluate(node: QueryNode, occurrences: Occurrences): boolean {
  switch (node.kind) {
    case 'term':
      return occurrences(node).length > 0;
    case 'not':
      return !evaluate(node.child, occurrences);
    case 'and':
      return node.children.every((child) => evaluate(child, occurrences));
    case 'or':
      return node.children.some((child) => evaluate(child, occurrences));
    case 'near':
      return nearPairs(node, occurrences).length > 0;
  }
}

/** Occurrences of a NEAR operand: a term, an OR group of them, or a nested NEAR. */
function operandOccurrences(node: QueryNode, occurrences: Occurrences): Occurrence[] {
  switch (node.kind) {
    case 'term':
      return occurrences(node);
    case 'or':
      return node.children.flatMap((child) => operandOccurrences(child, occurrences));
    case 'near':
      return nearPairs(node, occurrences).map(([a, b]) => ({
        from: Math.min(a.from, b.from),
        to: Math.max(a.to, b.to),
        start: Math.min(a.start, b.start),
        end: Math.max(a.end, b.end),
      }));
    default:
      return []; // the parser allows nothing else under NEAR
  }
}

/** Pairs of occurrences with at most `distance` words between them, either order. */
function nearPairs(node: Extract<QueryNode, { kind: 'near' }>, occurrences: Occurrences): [Occurrence, Occurrence][] {
  const pairs: [Occurrence, Occurrence][] = [];
  const right = operandOccurrences(node.right, occurrences);
  for (const a of operandOccurrences(node.left, occurrences)) {
    for (const b of right) {
      const gap = a.to < b.from ? b.from - a.to - 1 : b.to < a.from ? a.from - b.to - 1 : -1;
      if (gap >= 0 && gap <= node.distance) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** The words to highlight for a matching query: its terms that occur, outside NOT. */
function collectHits(node: QueryNode, occurrences: Occurrences, add: (o: Occurrence) => void): void {
  switch (node.kind) {
    case 'term':
      return occurrences(node).forEach(add);
    case 'not':
      return;
    case 'near':
      return nearPairs(node, occurrences).forEach(([a, b]) => (add(a), add(b)));
    case 'and':
    case 'or':
      return node.children.forEach((child) => collectHits(child, occurrences, add));
  }
}
