import { normalizeText } from './normalize';

/**
 * The watch-query language: terms; "exact phrases" (typographic quotes too); AND (and
 * juxtaposition), OR, NOT / -term; parentheses; @handle, #hashtag; a trailing * for a
 * word stem (`rembours*`); `a NEAR/n b` for two terms within n words of each other;
 * `=word` / `="phrase"` when the accents matter (`=Pâté` is not `pate`).
 * Precedence, tightest first: NOT, NEAR, AND, OR.
 */
export interface Term {
  /** Normalised words; a phrase has several. */
  words: string[];
  /** `@` or `#` written before the first word: only a handle / hashtag matches. */
  prefix: '' | '@' | '#';
  /** The last word is a stem (`rembours*`, `"service client*"`). */
  stem: boolean;
  /**
   * Written `=word` or `="a phrase"`: accents must be as written (case still does not
   * matter). The words in lower case with their accents, to compare with the post's.
   */
  accents?: string[];
}

export type QueryNode =
  | { kind: 'term'; term: Term }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'near'; distance: number; left: QueryNode; right: QueryNode };

/** What went wrong, as a code the UI translates (`querySyntax<Code>` in `_locales`). */
export const QUERY_SYNTAX_CODES = [
  'Quote', 'Term', 'Paren', 'NoLetters', 'Unexpected', 'AllExcluded', 'NearDistance', 'NearOperand', 'Stem',
] as const;
export type QuerySyntaxCode = (typeof QUERY_SYNTAX_CODES)[number];

const ENGLISH: Record<QuerySyntaxCode, string> = {
  Quote: 'closing quote " expected',
  Term: 'a term, a "phrase" or ( expected',
  Paren: ') expected',
  NoLetters: 'nothing to look for in',
  Unexpected: 'unexpected',
  AllExcluded: 'every alternative needs a term that is not excluded',
  NearDistance: 'NEAR needs a distance from 1 to 50, like NEAR/3',
  NearOperand: 'NEAR joins words, phrases or (a OR b) groups, not',
  Stem: 'a stem needs at least 3 letters before *',
};

export class QuerySyntaxError extends Error {
  constructor(
    readonly code: QuerySyntaxCode,
    /** Offset in the query text where the problem is. */
    readonly position: number,
    /** The piece of the query concerned, if any. */
    readonly token = '',
  ) {
    super(`${ENGLISH[code]}${token ? ` ${token}` : ''} (at character ${position + 1})`);
    this.name = 'QuerySyntaxError';
  }
}

interface Lexeme {
  type: 'word' | 'phrase' | 'or' | 'and' | 'not' | 'near' | 'open' | 'close';
  text: string;
  at: number;
  /** Written with a leading `=`: accents must match. */
  exact?: boolean;
}

const QUOTES = '"“”«»„';
const LEXEME = new RegExp(
  String.raw`\s*(?:(=?)([${QUOTES}])([^${QUOTES}]*)([${QUOTES}]?)|(\()|(\))|(-)(?=[^\s)])|([^\s()${QUOTES}]+))`,
  'y',
);
const NEAR = /^NEAR(?:\/(\d*))?$/;

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  LEXEME.lastIndex = 0;
  while (LEXEME.lastIndex < source.length) {
    const m = LEXEME.exec(source);
    if (!m || m[0].trim() === '') break; // only trailing spaces remain
    const at = m.index + m[0].length - m[0].trimStart().length;
    if (m[2]) {
      if (!m[4]) throw new QuerySyntaxError('Quote', source.length);
      out.push({ type: 'phrase', text: m[3] ?? '', at, exact: m[1] === '=' });
    } else if (m[5]) out.push({ type: 'open', text: '(', at });
    else if (m[6]) out.push({ type: 'close', text: ')', at });
    else if (m[7]) out.push({ type: 'not', text: '-', at });
    else {
      const word = m[8] ?? '';
      const type = word === 'OR' ? 'or' : word === 'AND' ? 'and' : word === 'NOT' ? 'not' : NEAR.test(word) ? 'near' : 'word';
      const exact = type === 'word' && word.length > 1 && word.startsWith('=');
      out.push({ type, text: exact ? word.slice(1) : word, at, exact });
    }
  }
  return out;
}

const PREFIXED = /^([@#]?)(.*)$/s;

function toTerm(lexeme: Lexeme): Term {
  const [, prefix = '', rest = ''] = PREFIXED.exec(lexeme.text.trim()) ?? [];
  const body = rest.trimEnd();
  const stem = body.endsWith('*');
  const words = normalizeText(stem ? body.slice(0, -1) : body).match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length === 0) throw new QuerySyntaxError('NoLetters', lexeme.at, lexeme.text);
  if (stem && ([...words.at(-1)!].length < 3 || /[^\p{L}\p{N}_]$/u.test(body.slice(0, -1)))) {
    throw new QuerySyntaxError('Stem', lexeme.at, lexeme.text);
  }
  const term: Term = { words, prefix: prefix as Term['prefix'], stem };
  if (lexeme.exact) term.accents = accentedWords(stem ? body.slice(0, -1) : body);
  return term;
}

/** Words in lower case with their accents kept (composed), for `=` terms. */
export function accentedWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** Parses a watch query; throws a {@link QuerySyntaxError} that says where and what. */
export function parseQuery(source: string): QueryNode {
  const lexemes = lex(source);
  let i = 0;
  const peek = () => lexemes[i];
  const endAt = source.trimEnd().length;

  function orExpr(): QueryNode {
    const children = [andExpr()];
    while (peek()?.type === 'or') {
      i++;
      children.push(andExpr());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  function andExpr(): QueryNode {
    const children = [nearExpr()];
    for (let next = peek(); next && next.type !== 'or' && next.type !== 'close'; next = peek()) {
      if (next.type === 'and') i++;
      children.push(nearExpr());
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  function nearExpr(): QueryNode {
    let left = unary();
    while (peek()?.type === 'near') {
      const op = lexemes[i++]!;
      const distance = Number(NEAR.exec(op.text)?.[1] || NaN);
      if (!(distance >= 1 && distance <= 50)) throw new QuerySyntaxError('NearDistance', op.at, op.text);
      const rightAt = peek()?.at ?? endAt;
      const right = unary();
      checkNearOperand(left, op.at);
      checkNearOperand(right, rightAt);
      left = { kind: 'near', distance, left, right };
    }
    return left;
  }

  function unary(): QueryNode {
    const next = peek();
    if (next?.type === 'not') {
      i++;
      return { kind: 'not', child: unary() };
    }
    return primary();
  }

  function primary(): QueryNode {
    const next = peek();
    if (!next) throw new QuerySyntaxError('Term', endAt);
    i++;
    if (next.type === 'open') {
      const inner = orExpr();
      if (peek()?.type !== 'close') throw new QuerySyntaxError('Paren', peek()?.at ?? endAt);
      i++;
      return inner;
    }
    if (next.type === 'word' || next.type === 'phrase') return { kind: 'term', term: toTerm(next) };
    throw new QuerySyntaxError('Term', next.at, next.text);
  }

  const tree = orExpr();
  const extra = peek();
  if (extra) throw new QuerySyntaxError('Unexpected', extra.at, extra.text);
  if (!isAnchored(tree)) throw new QuerySyntaxError('AllExcluded', 0);
  return tree;
}

/** NEAR measures distances between word positions: its sides must be words or groups of them. */
function checkNearOperand(node: QueryNode, at: number): void {
  if (node.kind === 'term' || node.kind === 'near') return;
  if (node.kind === 'or') return node.children.forEach((child) => checkNearOperand(child, at));
  throw new QuerySyntaxError('NearOperand', at, node.kind === 'not' ? 'NOT' : 'AND');
}

/**
 * Whether the query can only match a text that contains one of its terms: every OR
 * branch needs a term that is not excluded. `Acme OR -job` would match almost any post.
 * The matcher relies on it to look only at queries whose terms occur.
 */
function isAnchored(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
    case 'near':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(isAnchored);
    case 'or':
      return node.children.every(isAnchored);
  }
}

/** The syntax error of a query, or null when it is valid. */
export function queryError(source: string): QuerySyntaxError | null {
  try {
    parseQuery(source);
    return null;
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
}
