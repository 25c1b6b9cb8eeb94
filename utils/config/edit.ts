import { queryError } from '../keywords/query';
import type { QuerySyntaxError } from '../keywords/query';
import { parseConfig, type Config } from './schema';

export type AddQueryResult =
  | { ok: true; value: Config }
  | { ok: false; error: 'duplicate' | 'invalid-config'; detail?: string }
  | { ok: false; error: 'syntax'; syntax: QuerySyntaxError };

export const DEFAULT_QUERY_COLOR = '#1971c2';

/**
 * Adds a watch query typed in the options page. Without a label the expression is its
 * label; its id is derived from the label, and the same expression is not added twice.
 */
export function addWatchQuery(
  config: Config,
  expression: string,
  { label, color = DEFAULT_QUERY_COLOR }: { label?: string; color?: string } = {},
): AddQueryResult {
  const query = expression.trim();
  const syntax = queryError(query);
  if (syntax) return { ok: false, error: 'syntax', syntax };
  if (config.queries.some((q) => q.query === query)) return { ok: false, error: 'duplicate' };
  const name = label?.trim() || query;
  const base = slug(name) || 'query';
  let id = base;
  for (let n = 2; config.queries.some((q) => q.id === id); n++) id = `${base}-${n}`;
  const next = parseConfig({ ...config, queries: [...config.queries, { id, label: name, color, query }] });
  return next.ok ? next : { ok: false, error: 'invalid-config', detail: next.error };
}

export function removeWatchQuery(config: Config, id: string): Config {
  return { ...config, queries: config.queries.filter((q) => q.id !== id) };
}

/** An id made from a label: letters and digits, accents dropped. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
}
