import type { SyncArea } from '@/utils/sync/chunked-store';

/**
 * An in-memory `storage.sync` that refuses what Chrome refuses, with Chrome's messages
 * (WXT's fakeBrowser enforces no quota). Written from Chromium's behaviour, independently
 * of `utils/sync/json-bytes.ts`, so the store's own counting is checked against it:
 *
 * - size of an item = key bytes + bytes of the value as Chromium's JSON writer writes it
 *   (`<` → `\u003C`, U+2028/2029 escaped, lone surrogates → U+FFFD, a number that is not
 *   a 32-bit integer written as a double with `.0` when it has neither `.` nor exponent);
 * - a `set` checks each item against QUOTA_BYTES_PER_ITEM, then the total against
 *   QUOTA_BYTES, then the count against MAX_ITEMS, and on failure writes nothing;
 * - `set`, `remove` and `clear` each take a token from a per-minute (120) and a per-hour
 *   (1,800) bucket, refilled on the first call after the window ends (Chrome's
 *   `TimedLimit`), before the size checks: a call refused for its size still counts.
 *   Chrome keeps a bucket per function; this one shares them, the stricter reading.
 *
 * Values are stored as that JSON and parsed back on `get`, so what comes back is what
 * Chrome would give back.
 */
export interface QuotaSyncAreaOptions {
  now?: () => number;
}

const encoder = new TextEncoder();

function chromiumString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1];
        i++;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '<') out += '\\u003C';
    else if (code === 0x2028) out += '\\u2028';
    else if (code === 0x2029) out += '\\u2029';
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
    else out += ch;
  }
  return `${out}"`;
}

/** The value as Chromium's `base::JSONWriter` writes it (dictionary keys sorted, no spaces). */
export function chromiumJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    if (Number.isInteger(value) && (value | 0) === value && !Object.is(value, -0)) return String(value);
    const real = String(value);
    return /[.eE]/.test(real) ? real : `${real}.0`;
  }
  if (typeof value === 'string') return chromiumString(value);
  if (Array.isArray(value)) return `[${value.map((item) => chromiumJson(item)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined && typeof item !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${chromiumString(key)}:${chromiumJson(item)}`).join(',')}}`;
  }
  return 'null';
}

export const chromiumItemBytes = (key: string, value: unknown) =>
  encoder.encode(key).length + encoder.encode(chromiumJson(value)).length;

const LIMITS = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 };

export class QuotaSyncArea implements SyncArea {
  /** key → the stored JSON. */
  readonly items = new Map<string, string>();
  /** Times of every write operation Chrome let through (set, remove, clear). */
  readonly operations: number[] = [];
  private readonly now: () => number;
  private readonly buckets = [
    { name: 'MAX_WRITE_OPERATIONS_PER_MINUTE', max: 120, ms: 60_000, tokens: 0, expiresAt: -Infinity },
    { name: 'MAX_WRITE_OPERATIONS_PER_HOUR', max: 1_800, ms: 3_600_000, tokens: 0, expiresAt: -Infinity },
  ];

  constructor(options: QuotaSyncAreaOptions = {}) {
    this.now = options.now ?? (() => Date.now());
  }

  private takeToken(): void {
    const t = this.now();
    for (const bucket of this.buckets) {
      if (t > bucket.expiresAt) {
        bucket.tokens = bucket.max;
        bucket.expiresAt = t + bucket.ms;
      }
      if (bucket.tokens <= 0) throw new Error(`This request exceeds the ${bucket.name} quota.`);
      bucket.tokens -= 1;
    }
    this.operations.push(t);
  }

  bytesInUse(): number {
    let total = 0;
    for (const [key, json] of this.items) total += encoder.encode(key).length + encoder.encode(json).length;
    return total;
  }

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys ?? [...this.items.keys()];
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.items.get(key);
      if (json !== undefined) out[key] = JSON.parse(json);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.takeToken();
    const sizes = new Map<string, number>();
    for (const [key, json] of this.items) sizes.set(key, encoder.encode(key).length + encoder.encode(json).length);
    const written = new Map<string, string>();
    for (const [key, value] of Object.entries(items)) {
      const json = chromiumJson(value);
      const size = encoder.encode(key).length + encoder.encode(json).length;
      if (size > LIMITS.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      sizes.set(key, size);
      written.set(key, json);
    }
    let total = 0;
    for (const size of sizes.values()) total += size;
    if (total > LIMITS.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    if (sizes.size > LIMITS.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    for (const [key, json] of written) this.items.set(key, json);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.takeToken();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }

  async clear(): Promise<void> {
    this.takeToken();
    this.items.clear();
  }

  /**
   * What sync does when another device's change arrives: applied as is, outside the
   * quotas and the write-rate buckets (Chrome applies remote changes ignoring quota).
   * `undefined` removes the key.
   */
  receive(changes: Record<string, string | undefined>): void {
    for (const [key, json] of Object.entries(changes)) {
      if (json === undefined) this.items.delete(key);
      else this.items.set(key, json);
    }
  }

  /** The raw stored JSON of every key, to copy a device's state to another. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
