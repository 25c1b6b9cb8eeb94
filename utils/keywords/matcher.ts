import { tokenize, type Token } from './normalize';
import { parseQuery, type QueryNode } from './query';

export interface WatchQuery {
  id: string;
  label: string;
  color: string;
  query: string;
}

interface CompiledQuery {
  id: string;
  tree: QueryNode;
}

/**
 * Compiles the watch queries once (per configuration change, not per post). A query that
 * does not parse is skipped here: the options page refuses to save one, so this only
 * guards against a configuration edited elsewhere.
 */
export function compileQueries(queries: readonly WatchQuery[]): CompiledQuery[] {
  const compiled: CompiledQuery[] = [];
  for (const q of queries) {
    try {
      compiled.push({ id: q.id, tree: parseQuery(q.query) });
    } catch {
      // An invalid query matches nothing; the options page shows why.
    }
  }
  return compiled;
}

/** The ids of the queries a text mentions, in query order. */
export function matchText(compiled: readonly CompiledQuery[], text: string): string[] {
  if (compiled.length === 0) return [];
  const tokens = tokenize(text);
  return compiled.filter((q) => evaluate(q.tree, tokens)).map((q) => q.id);
}

function evaluate(node: QueryNode, tokens: Token[]): boolean {
  switch (node.kind) {
    case 'phrase':
      return containsPhrase(tokens, node.tokens);
    case 'not':
      return !evaluate(node.child, tokens);
    case 'and':
      return node.children.every((child) => evaluate(child, tokens));
    case 'or':
      return node.children.some((child) => evaluate(child, tokens));
  }
}

/**
 * Whole words in sequence. A plain term matches the word with or without a written
 * `@`/`#`; a term written `@acme` or `#acme` matches only the handle or hashtag.
 */
function containsPhrase(text: Token[], phrase: Token[]): boolean {
  outer: for (let start = 0; start + phrase.length <= text.length; start++) {
    for (let k = 0; k < phrase.length; k++) {
      const want = phrase[k]!;
      const got = text[start + k]!;
      if (got.word !== want.word || (want.prefix && got.prefix !== want.prefix)) continue outer;
    }
    return true;
  }
  return false;
}
