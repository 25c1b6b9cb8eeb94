import { tokenize, type Token } from './normalize';

/**
 * The watch-query language, first cut: terms, "exact phrases", juxtaposition / AND, OR,
 * NOT / -term, parentheses, @handle and #hashtag. Stems and NEAR/n come with issue 3.
 */
export type QueryNode =
  | { kind: 'phrase'; tokens: Token[] }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

/** What went wrong, as a code the UI translates (`querySyntax<Code>` in `_locales`). */
export type QuerySyntaxCode = 'Quote' | 'Term' | 'Paren' | 'NoLetters' | 'Unexpected' | 'AllExcluded';

const ENGLISH: Record<QuerySyntaxCode, string> = {
  Quote: 'closing quote " expected',
  Term: 'a term, a "phrase" or ( expected',
  Paren: ') expected',
  NoLetters: 'nothing to look for in',
  Unexpected: 'unexpected',
  AllExcluded: 'at least one term that is not excluded is needed',
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
  type: 'word' | 'phrase' | 'or' | 'and' | 'not' | 'open' | 'close';
  text: string;
  at: number;
}

const LEXEME = /\s*(?:(")([^"]*)("?)|(\()|(\))|(-)(?=[^\s)])|([^\s()"]+))/y;

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  LEXEME.lastIndex = 0;
  while (LEXEME.lastIndex < source.length) {
    const start = LEXEME.lastIndex;
    const m = LEXEME.exec(source);
    if (!m) break; // only trailing spaces remain
    const at = m.index + m[0].length - m[0].trimStart().length;
    if (m[1]) {
      if (!m[3]) throw new QuerySyntaxError('Quote', source.length);
      out.push({ type: 'phrase', text: m[2] ?? '', at });
    } else if (m[4]) out.push({ type: 'open', text: '(', at });
    else if (m[5]) out.push({ type: 'close', text: ')', at });
    else if (m[6]) out.push({ type: 'not', text: '-', at });
    else {
      const word = m[7] ?? '';
      const type = word === 'OR' ? 'or' : word === 'AND' ? 'and' : word === 'NOT' ? 'not' : 'word';
      out.push({ type, text: word, at });
    }
    if (LEXEME.lastIndex === start) break;
  }
  return out;
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
    const children = [unary()];
    for (let next = peek(); next && next.type !== 'or' && next.type !== 'close'; next = peek()) {
      if (next.type === 'and') i++;
      children.push(unary());
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
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
    if (next.type === 'word' || next.type === 'phrase') {
      const tokens = tokenize(next.text);
      if (tokens.length === 0) {
        throw new QuerySyntaxError('NoLetters', next.at, next.text);
      }
      return { kind: 'phrase', tokens };
    }
    throw new QuerySyntaxError('Term', next.at, next.text);
  }

  const tree = orExpr();
  const extra = peek();
  if (extra) throw new QuerySyntaxError('Unexpected', extra.at, extra.text);
  if (!hasPositiveTerm(tree)) {
    throw new QuerySyntaxError('AllExcluded', 0);
  }
  return tree;
}

function hasPositiveTerm(node: QueryNode): boolean {
  switch (node.kind) {
    case 'phrase':
      return true;
    case 'not':
      return false;
    case 'and':
    case 'or':
      return node.children.some(hasPositiveTerm);
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
