import { compressionAvailable, deflateToBase64, inflateFromBase64 } from './deflate-base64';
import { fnv1a64 } from './fnv1a';
import { charStep, itemBytes, stringValueBytes } from './json-bytes';
import { SYNC_QUOTAS } from './quotas';

export { SYNC_QUOTAS } from './quotas';
export { createSyncWriter, type SyncWriter, type SyncWriterOptions } from './sync-writer';

/**
 * One value (the personal settings) kept in `storage.sync` under Chrome's quotas: the
 * value's JSON, deflated when that is smaller, cut into items `${prefix}0`, `${prefix}1`…
 * that each fit the per-item quota, plus `${prefix}meta`, which says how many chunks make
 * the value and what they must add up to. The chunks and the meta go in one `set`, so a
 * write lands whole or not at all; a reader on another device, where sync may deliver the
 * items one by one, sees `incomplete` until they add up, never a corrupt value.
 *
 * Only one context should write a given prefix (the background): two writers at once
 * could interleave their `get` and `set`.
 */

/** What `browser.storage.sync` offers that this module uses (injected, so tests can enforce quotas). */
export interface SyncArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SyncLimit = 'QUOTA_BYTES' | 'QUOTA_BYTES_PER_ITEM' | 'MAX_ITEMS';

/**
 * `bytes` is what our items cost (chunks + meta). For `too-big`, `quota` is the room left
 * for them once the other keys in the area are counted, and `limit` the quota that refused.
 */
export type WriteResult =
  | { ok: true; bytes: number; chunks: number }
  | { ok: false; reason: 'too-big'; bytes: number; quota: number; limit: SyncLimit }
  | { ok: false; reason: 'error'; error: string };

/**
 * `incomplete`: the items of a write have not all arrived yet (read again on the next
 * `storage.onChanged`); `rev` is the awaited write's, or '' when its meta has not arrived.
 * `error`: the area could not be read, or the meta names a format this version does not
 * know (a newer version wrote it): not a reason to overwrite it.
 */
export type ReadResult =
  | { status: 'absent' }
  | { status: 'ok'; value: unknown; rev: string }
  | { status: 'incomplete'; rev: string }
  | { status: 'error'; error: string };

export type ChunkFormat = 'json' | 'deflate-base64';
const FORMATS: readonly string[] = ['json', 'deflate-base64'] satisfies ChunkFormat[];

/** `${prefix}meta`: enough to tell whether the chunks present are one complete write. */
export interface ChunkMeta {
  rev: string;
  chunks: number;
  /** UTF-16 length of the stored payload (the chunks joined). */
  length: number;
  /** FNV-1a 64 of the stored payload. */
  hash: string;
  format: ChunkFormat;
}

export interface WriteChunkedOptions {
  /** Deflate when it saves room (default true); false stores the JSON as is. */
  compress?: boolean;
}

const encoder = new TextEncoder();
const metaKey = (prefix: string) => `${prefix}meta`;
const chunkKey = (prefix: string, index: number) => `${prefix}${index}`;

/** The chunk number of one of our keys, or null for any other key (someone else's). */
function chunkIndex(prefix: string, key: string): number | null {
  if (!key.startsWith(prefix)) return null;
  const rest = key.slice(prefix.length);
  return /^(0|[1-9]\d{0,3})$/.test(rest) ? Number(rest) : null;
}

function checkPrefix(prefix: string): void {
  // A prefix ending in a digit would make `p1` + `0` and `p` + `10` the same key.
  if (!prefix || /\d$/.test(prefix) || prefix.length > 64) {
    throw new TypeError(`chunked store: bad prefix ${JSON.stringify(prefix)} (1–64 characters, not ending in a digit)`);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Cuts the payload so that every chunk, stored under its key, costs at most the per-item
 * quota as Chromium counts it. Never between the two halves of a surrogate pair: Chromium
 * would store each half as U+FFFD and the emoji would be lost.
 */
export function splitToFit(prefix: string, payload: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < payload.length) {
    const budget = SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM - encoder.encode(chunkKey(prefix, chunks.length)).length - 2;
    let bytes = 0;
    let end = start;
    while (end < payload.length) {
      const step = charStep(payload, end);
      if (bytes + step.bytes > budget) break;
      bytes += step.bytes;
      end += step.units;
    }
    chunks.push(payload.slice(start, end));
    start = end;
  }
  return chunks;
}

type Encoded = { payload: string; format: ChunkFormat } | { error: string };

async function encode(value: unknown, compress: boolean): Promise<Encoded> {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    return { error: `the value cannot be saved as JSON: ${messageOf(error)}` };
  }
  if (json === undefined) return { error: 'the value cannot be saved as JSON: it has no JSON form' };
  if (!compress || !compressionAvailable()) return { payload: json, format: 'json' };
  try {
    const packed = await deflateToBase64(json);
    // Tiny or incompressible values come out larger once deflated and base64-encoded.
    return packed.length + 2 < stringValueBytes(json) ? { payload: packed, format: 'deflate-base64' } : { payload: json, format: 'json' };
  } catch {
    return { payload: json, format: 'json' }; // compression is a saving, never a requirement
  }
}

/**
 * Writes `value` whole or not at all. The fit is decided before anything is written
 * (per item, in total with the other keys already in the area, in item count); a value
 * that does not fit is refused with `too-big` and the previous one stays readable.
 * Uses one `set`, plus one `remove` when a shorter value leaves chunks behind: two write
 * operations towards Chrome's per-minute quota.
 */
export async function writeChunked(
  area: SyncArea,
  prefix: string,
  value: unknown,
  rev: string,
  options: WriteChunkedOptions = {},
): Promise<WriteResult> {
  checkPrefix(prefix);
  const encoded = await encode(value, options.compress ?? true);
  if ('error' in encoded) return { ok: false, reason: 'error', error: encoded.error };
  const { payload, format } = encoded;
  const chunks = splitToFit(prefix, payload);
  const meta: ChunkMeta = { rev, chunks: chunks.length, length: payload.length, hash: fnv1a64(payload), format };

  let existing: Record<string, unknown>;
  try {
    existing = await area.get(null);
  } catch (error) {
    return { ok: false, reason: 'error', error: messageOf(error) };
  }

  const items: Record<string, unknown> = {};
  let bytes = 0;
  for (const [index, chunk] of chunks.entries()) {
    items[chunkKey(prefix, index)] = chunk;
    bytes += itemBytes(chunkKey(prefix, index), chunk);
  }
  items[metaKey(prefix)] = meta;
  const metaBytes = itemBytes(metaKey(prefix), meta);
  bytes += metaBytes;

  let othersBytes = 0;
  let othersCount = 0;
  const stale: string[] = [];
  for (const [key, stored] of Object.entries(existing)) {
    if (key === metaKey(prefix)) continue;
    const index = chunkIndex(prefix, key);
    if (index !== null && index >= chunks.length) stale.push(key);
    else if (index === null) {
      othersBytes += itemBytes(key, stored);
      othersCount += 1;
    }
  }
  // Chunks of a longer previous value are still there while `set` runs, and Chrome counts
  // them: they are blanked in the same `set` (costing only their key and two quotes), so a
  // value that fits once they are gone is not refused for their sake, then removed.
  for (const key of stale) {
    items[key] = '';
    othersBytes += itemBytes(key, '');
  }
  const room = SYNC_QUOTAS.QUOTA_BYTES - othersBytes;

  if (metaBytes > SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM) {
    // Only a very long rev can do this: chunks are cut to fit.
    return { ok: false, reason: 'too-big', bytes, quota: room, limit: 'QUOTA_BYTES_PER_ITEM' };
  }
  if (bytes > room) return { ok: false, reason: 'too-big', bytes, quota: room, limit: 'QUOTA_BYTES' };
  if (othersCount + stale.length + chunks.length + 1 > SYNC_QUOTAS.MAX_ITEMS) {
    return { ok: false, reason: 'too-big', bytes, quota: room, limit: 'MAX_ITEMS' };
  }

  try {
    await area.set(items);
  } catch (error) {
    // Chrome refused as a whole ("… quota exceeded"): nothing was written.
    return { ok: false, reason: 'error', error: messageOf(error) };
  }
  if (stale.length) {
    try {
      await area.remove(stale);
    } catch {
      // The value is written and reads back whole; the blanked chunks are past the count the
      // meta gives, so readers ignore them, and the next write removes them.
    }
  }
  return { ok: true, bytes, chunks: chunks.length };
}

function isMeta(value: unknown): value is ChunkMeta {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.rev === 'string' &&
    Number.isInteger(m.chunks) && (m.chunks as number) >= 1 && (m.chunks as number) <= SYNC_QUOTAS.MAX_ITEMS &&
    Number.isInteger(m.length) && (m.length as number) >= 0 &&
    typeof m.hash === 'string' &&
    typeof m.format === 'string'
  );
}

/** Reads the value back, or says why not; never returns a value that is not exactly one write. */
export async function readChunked(area: SyncArea, prefix: string): Promise<ReadResult> {
  checkPrefix(prefix);
  let stored: Record<string, unknown>;
  try {
    // Everything in one call: a consistent snapshot, and at most 100 KB.
    stored = await area.get(null);
  } catch (error) {
    return { status: 'error', error: messageOf(error) };
  }
  const meta = stored[metaKey(prefix)];
  if (meta === undefined) {
    // Chunks without their meta: the first write of another device is still arriving.
    const orphans = Object.keys(stored).some((key) => chunkIndex(prefix, key) !== null);
    return orphans ? { status: 'incomplete', rev: '' } : { status: 'absent' };
  }
  if (!isMeta(meta)) return { status: 'error', error: `${metaKey(prefix)} is not in a form this version can read` };
  if (!FORMATS.includes(meta.format)) {
    return { status: 'error', error: `${metaKey(prefix)} uses the format "${meta.format}", which this version cannot read` };
  }

  const parts: string[] = [];
  for (let index = 0; index < meta.chunks; index++) {
    const part = stored[chunkKey(prefix, index)];
    if (typeof part !== 'string') return { status: 'incomplete', rev: meta.rev };
    parts.push(part);
  }
  const payload = parts.join('');
  if (payload.length !== meta.length || fnv1a64(payload) !== meta.hash) return { status: 'incomplete', rev: meta.rev };

  try {
    const json = meta.format === 'deflate-base64' ? await inflateFromBase64(payload) : payload;
    return { status: 'ok', value: JSON.parse(json) as unknown, rev: meta.rev };
  } catch (error) {
    // The hash matched, so this is what was written: a writer's bug, not a partial arrival.
    return { status: 'error', error: `${metaKey(prefix)} (rev ${meta.rev}) cannot be decoded: ${messageOf(error)}` };
  }
}
