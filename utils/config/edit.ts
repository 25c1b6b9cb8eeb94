import { queryError } from '../keywords/query';
import type { QuerySyntaxError } from '../keywords/query';
import { parseConfig, type Config } from './schema';

export type AddQueryResult =
  | { ok: true; value: Config }
  | { ok: false; error: 'duplicate' | 'invalid-config'; detail?: string }
  | { ok: false; error: 'syntax'; syntax: QuerySyntaxError };

/**
 * Adds a watch query typed in the options page. The expression itself is its label and
 * its id is derived from it, so the same query is not added twice.
 */
export function addWatchQuery(config: Config, expression: string): AddQueryResult {
  const query = expression.trim();
  const syntax = queryError(query);
  if (syntax) return { ok: false, error: 'syntax', syntax };
  if (config.queries.some((q) => q.query === query)) return { ok: false, error: 'duplicate' };
  const base = slug(query) || 'query';
  let id = base;
  for (let n = 2; config.queries.some((q) => q.id === id); n++) id = `${base}-${n}`;
  const next = parseConfig({ ...config, queries: [...config.queries, { id, label: query, color: '#1971c2', query }] });
  return next.ok ? next : { ok: false, error: 'invalid-config', detail: next.error };
}

export function removeWatchQuery(config: Config, id: string): Config {
  return { ...config, queries: config.queries.filter((q) => q.id !== id) };
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
}
