import { parseConfig, type Config, type ParseResult, type Reply } from '../config/schema';

/**
 * Editing the personal approved elements from the options page. Every change goes
 * through `parseConfig`, so an element with an unknown variable or an empty text is
 * refused with the field named, and nothing broken is ever saved.
 */

/** Adds an element, or replaces the one with id `replacing`; its version goes up when a text changed. */
export function saveReply(config: Config, reply: Reply, replacing?: string): ParseResult<Config> {
  const before = replacing === undefined ? undefined : config.replies.find((r) => r.id === replacing);
  if (config.replies.some((r) => r.id === reply.id && r.id !== replacing)) {
    return { ok: false, error: `id: "${reply.id}" is already used by another element` };
  }
  const { origin: _origin, ...clean } = reply;
  const textChanged = before !== undefined && JSON.stringify(textsOf(before)) !== JSON.stringify(textsOf(clean));
  const saved: Reply = { ...clean, version: textChanged ? (before.version ?? 1) + 1 : (before?.version ?? clean.version) };
  if (saved.version === undefined || saved.version === 1) delete saved.version;
  const replies = before ? config.replies.map((r) => (r.id === replacing ? saved : r)) : [...config.replies, saved];
  const parsed = parseConfig({ ...config, replies });
  if (parsed.ok) return parsed;
  // Name the field of the element being edited, not its index in the whole list.
  return { ok: false, error: parsed.error.replace(/^replies\[\d+\]\./, '') };
}

export function deleteReply(config: Config, id: string): Config {
  return { ...config, replies: config.replies.filter((r) => r.id !== id) };
}

/** A copy under a free id, placed right after the original, for a variant of the same element. */
export function duplicateReply(config: Config, source: Reply, titleSuffix: string): Config {
  const { origin: _origin, version: _version, ...copy } = source;
  const next = { ...copy, id: freeId(config, `${source.id}-copy`), title: `${source.title} ${titleSuffix}`.slice(0, 120) };
  const at = config.replies.findIndex((r) => r.id === source.id);
  const replies = [...config.replies];
  replies.splice(at < 0 ? replies.length : at + 1, 0, next);
  return { ...config, replies };
}

/** Moves an element up (-1) or down (+1) in the manager's order (ties in ranking follow it). */
export function moveReply(config: Config, id: string, delta: -1 | 1): Config {
  const from = config.replies.findIndex((r) => r.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= config.replies.length) return config;
  const replies = [...config.replies];
  [replies[from], replies[to]] = [replies[to]!, replies[from]!];
  return { ...config, replies };
}

/** An id not used yet: `base`, else `base-2`, `base-3`… */
export function freeId(config: Config, base: string): string {
  const clean = base.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'reply';
  let id = clean;
  for (let n = 2; config.replies.some((r) => r.id === id); n++) id = `${clean}-${n}`;
  return id;
}

function textsOf(reply: Reply) {
  return [reply.text, reply.platforms ?? {}, reply.translations ?? {}];
}
