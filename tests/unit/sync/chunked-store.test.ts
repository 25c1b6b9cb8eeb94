import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { readChunked, splitToFit, SYNC_QUOTAS, writeChunked, type SyncArea } from '@/utils/sync/chunked-store';
import { deflateToBase64, inflateFromBase64 } from '@/utils/sync/deflate-base64';
import { fnv1a64 } from '@/utils/sync/fnv1a';
import { itemBytes } from '@/utils/sync/json-bytes';
import { chromiumItemBytes, QuotaSyncArea } from './quota-sync-area';
import { realisticSettings } from './settings-fixture';

const P = 'settings:';
const jsonOf = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Every stored item and the total within Chrome's quotas, as the enforcing area counts them. */
function expectWithinQuotas(area: QuotaSyncArea) {
  for (const [key, json] of area.items) expect(new TextEncoder().encode(key + json).length, key).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM);
  expect(area.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES);
  expect(area.items.size).toBeLessThanOrEqual(SYNC_QUOTAS.MAX_ITEMS);
}

/** A string that deflate cannot shrink, in printable ASCII (1 byte each as stored). */
function incompressible(length: number, seed = 7): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: an LCG's low bits repeat every 64 steps, which deflate would find.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += alphabet[(state >>> 0) % 64];
  }
  return out;
}

/** The largest n for which `make(n)` is accepted (n grows monotonically with size). */
async function largestAccepted(make: (n: number) => unknown, compress: boolean): Promise<number> {
  let low = 0;
  let high = 200_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const result = await writeChunked(new QuotaSyncArea(), P, make(mid), 'r', { compress });
    if (result.ok) low = mid;
    else high = mid - 1;
  }
  return low;
}

describe('byte counting', () => {
  it.each([
    ['ascii', 'hello', 7],
    ['< is escaped by Chromium', '<b>', 2 + 6 + 2],
    ['U+2028 / U+2029', '\u2028\u2029', 2 + 12],
    ['accents and emoji', 'é😀', 2 + 2 + 4],
    ['quotes, backslash, newline', '"\\\n', 2 + 6],
    ['other control characters', '\u0001', 2 + 6],
  ])('%s', (_name, value, bytes) => {
    expect(itemBytes('', value)).toBe(bytes);
    expect(chromiumItemBytes('', value)).toBe(bytes);
  });

  it('never counts less than Chromium, and exactly as much for well-formed strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 3 }), fc.double(), (key, value, number) => {
        expect(itemBytes(key, value)).toBeGreaterThanOrEqual(chromiumItemBytes(key, value));
        expect(itemBytes(key, { n: number })).toBeGreaterThanOrEqual(chromiumItemBytes(key, { n: number }));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(itemBytes('k', text)).toBe(chromiumItemBytes('k', text));
      }),
    );
  });

  it('FNV-1a 64 gives the published test vectors', () => {
    expect([fnv1a64(''), fnv1a64('a'), fnv1a64('foobar')]).toEqual(['cbf29ce484222325', 'af63dc4c8601ec8c', '85944171f73967e8']);
  });

  it('never cuts a chunk between the halves of an emoji, and every chunk fits its item', () => {
    const text = 'a😀'.repeat(10_000);
    const chunks = splitToFit(P, text);
    expect(chunks.join('')).toBe(text);
    chunks.forEach((chunk, i) => {
      expect(chunk.charCodeAt(chunk.length - 1)).not.toBe(0xd83d);
      expect(chromiumItemBytes(`${P}${i}`, chunk)).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM);
      if (i < chunks.length - 1) expect(chromiumItemBytes(`${P}${i}`, chunk)).toBeGreaterThan(SYNC_QUOTAS.QUOTA_BYTES_PER_ITEM - 4);
    });
  });

  it('deflate + base64 round-trips text, and refuses what it did not write', async () => {
    const text = 'Élément de langage 😀 <b> "quoted"\n'.repeat(50);
    expect(await inflateFromBase64(await deflateToBase64(text))).toBe(text);
    await expect(inflateFromBase64(btoa('not deflate data'))).rejects.toThrow();
  });
});

describe('writeChunked / readChunked', () => {
  const values: Array<[string, unknown]> = [
    ['an empty object', {}],
    ['null', null],
    ['a number', 3_000_000_000.5],
    ['accents and emoji', { text: 'Merci beaucoup 😀🎉 — équipe Zoë, 日本語 👩🏽‍💻' }],
    ['< and U+2028 (escaped longer by Chromium)', { html: '<script>alert(1)</script>'.repeat(500), sep: '\u2028\u2029' }],
    ['quotes, backslashes, newlines, tabs', { t: 'She said "hi"\\n\r\n\tthen\u0000left' }],
    ['a lone surrogate (Chromium would store U+FFFD)', { t: 'broken \ud83d half' }],
    ['realistic settings (120 replies, FR/EN: 300 fit only compressed)', realisticSettings(120)],
    ['a long incompressible text near the total quota', { t: incompressible(95_000) }],
    ['many < near the total quota', '<'.repeat(16_000)],
  ];

  describe.each([
    ['compressed when smaller', true],
    ['plain JSON', false],
  ])('%s', (_mode, compress) => {
    it.each(values)('round-trips %s', async (_name, value) => {
      const area = new QuotaSyncArea();
      const result = await writeChunked(area, P, value, 'rev-1', { compress });
      expect(result).toMatchObject({ ok: true });
      expectWithinQuotas(area);
      expect(await readChunked(area, P)).toEqual({ status: 'ok', value: jsonOf(value), rev: 'rev-1' });
    });
  });

  it('works on browser.storage.sync itself (fakeBrowser here: the type fits, no quota)', async () => {
    const area: SyncArea = browser.storage.sync;
    await area.set({ theme: 'dark' });
    expect(await writeChunked(area, P, realisticSettings(50), 'r')).toMatchObject({ ok: true });
    expect(await readChunked(area, P)).toEqual({ status: 'ok', value: realisticSettings(50), rev: 'r' });
    expect(await area.get(['theme'])).toEqual({ theme: 'dark' });
  });

  it('uses the per-item and total quotas nearly in full', async () => {
    // Plain JSON of 1-byte characters: 102,400 minus keys, quotes, JSON quotes and the meta.
    const plain = await largestAccepted((n) => incompressible(n), false);
    expect(plain).toBeGreaterThan(101_500);
    const area = new QuotaSyncArea();
    expect(await writeChunked(area, P, incompressible(plain), 'r', { compress: false })).toMatchObject({ ok: true, chunks: 13 });
    expect(area.bytesInUse()).toBeGreaterThan(SYNC_QUOTAS.QUOTA_BYTES - 300);
    expect(await writeChunked(area, P, incompressible(plain + 1), 'r', { compress: false })).toMatchObject({ ok: false, reason: 'too-big' });
  });

  it('deflates 300 replies of ~250 characters so that they fit, where plain JSON does not', async () => {
    // The fixture's phrase bank is small, so it deflates far better (≈ 0.07) than real
    // replies would: on real FR tweets and EN Wikipedia requests cut to 250 characters,
    // 300 replies measured 121,813 bytes as JSON and 52,602 deflated (0.43).
    const value = realisticSettings(300);
    const plain = new QuotaSyncArea();
    const packed = new QuotaSyncArea();
    // As plain JSON it does not fit at all: the refusal says how much it would take.
    const a = await writeChunked(plain, P, value, 'r', { compress: false });
    const b = await writeChunked(packed, P, value, 'r');
    if (a.ok || a.reason !== 'too-big' || !b.ok) throw new Error('plain JSON should be refused, deflated accepted');
    const ratio = b.bytes / a.bytes;
    console.info(`300 replies: ${a.bytes} bytes as JSON (refused), ${b.bytes} deflated in ${b.chunks} chunks, ratio ${ratio.toFixed(3)}`);
    expect(ratio).toBeLessThan(0.6);
    expect(plain.items.size).toBe(0);
    expect(JSON.parse(packed.items.get(`${P}meta`)!)).toMatchObject({ format: 'deflate-base64' });
    expect(await readChunked(packed, P)).toEqual({ status: 'ok', value, rev: 'r' });
  });

  it('stores small values as plain JSON (deflate would make them larger)', async () => {
    const area = new QuotaSyncArea();
    await writeChunked(area, P, { a: 1 }, 'r');
    expect(JSON.parse(area.items.get(`${P}meta`)!)).toMatchObject({ format: 'json', chunks: 1 });
  });

  it('gives back any JSON value that fits, and refuses whole what does not (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 4 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.integer({ min: 1, max: 6_000 }),
        fc.boolean(),
        async (value, piece, repeat, compress) => {
          const area = new QuotaSyncArea();
          await writeChunked(area, P, { before: true }, 'r0');
          const before = area.snapshot();
          const big = { value, text: piece.repeat(repeat) };
          const result = await writeChunked(area, P, big, 'r1', { compress });
          // The store's own count agrees with the enforcing area: it never lets Chrome refuse.
          expect(result.ok || result.reason === 'too-big').toBe(true);
          expectWithinQuotas(area);
          if (result.ok) expect(await readChunked(area, P)).toEqual({ status: 'ok', value: jsonOf(big), rev: 'r1' });
          else {
            expect(area.snapshot()).toEqual(before);
            expect(await readChunked(area, P)).toEqual({ status: 'ok', value: { before: true }, rev: 'r0' });
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a value too big as a whole and leaves the previous value readable', async () => {
    const area = new QuotaSyncArea();
    await writeChunked(area, P, { keep: 'me' }, 'r1');
    const before = area.snapshot();
    const operations = area.operations.length;
    const result = await writeChunked(area, P, { t: incompressible(150_000) }, 'r2');
    expect(result).toMatchObject({ ok: false, reason: 'too-big', limit: 'QUOTA_BYTES' });
    if (result.ok || result.reason !== 'too-big') return;
    expect(result.bytes).toBeGreaterThan(result.quota);
    expect(result.quota).toBeGreaterThan(SYNC_QUOTAS.QUOTA_BYTES - 200); // only our old items were there
    expect(area.snapshot()).toEqual(before);
    expect(area.operations).toHaveLength(operations); // not even tried
    expect(await readChunked(area, P)).toEqual({ status: 'ok', value: { keep: 'me' }, rev: 'r1' });
  });

  it('removes the chunks a longer previous value left behind, in one remove', async () => {
    const area = new QuotaSyncArea();
    expect(await writeChunked(area, P, incompressible(40_000), 'long', { compress: false })).toMatchObject({ ok: true, chunks: 5 });
    const operations = area.operations.length;
    expect(await writeChunked(area, P, 'short', 'short')).toMatchObject({ ok: true, chunks: 1 });
    expect([...area.items.keys()].sort()).toEqual([`${P}0`, `${P}meta`]);
    expect(area.operations.length - operations).toBe(2); // one set, one remove
    expect(await readChunked(area, P)).toEqual({ status: 'ok', value: 'short', rev: 'short' });
  });

  it('a shorter value fits even when the stale chunks would not leave room for it', async () => {
    // Foreign keys fill most of the area after our long value was written.
    const area = new QuotaSyncArea();
    await writeChunked(area, P, incompressible(40_000), 'long', { compress: false });
    const free = SYNC_QUOTAS.QUOTA_BYTES - area.bytesInUse();
    const fill = Object.fromEntries(Array.from({ length: Math.ceil(free / 8_000) }, (_, i) => [`other${i}`, incompressible(Math.min(8_000, free - 20 - i * 8_000) - 20, i + 1)]));
    await area.set(fill);
    expect(SYNC_QUOTAS.QUOTA_BYTES - area.bytesInUse()).toBeLessThan(8_000);
    // 1 chunk of ~8 KB would not fit beside the old 5 full chunks, but fits once they are blanked.
    const result = await writeChunked(area, P, incompressible(8_000), 'shorter', { compress: false });
    expect(result).toMatchObject({ ok: true, chunks: 1 });
    expectWithinQuotas(area);
    expect(await readChunked(area, P)).toMatchObject({ status: 'ok', rev: 'shorter' });
  });

  it('counts the other keys in the area and never touches them', async () => {
    const area = new QuotaSyncArea();
    const others = {
      'theme': 'dark',
      [`${P}x`]: 'not a chunk of ours',
      [`${P}01`]: 'not ours either (leading zero)',
      'notes': incompressible(7_000),
      'more': incompressible(7_000),
      'numbers': [1.5, 3_000_000_000, -0],
    };
    await area.set(others);
    const theirs = () => Object.fromEntries(Object.keys(others).map((key) => [key, area.items.get(key)]));
    const saved = theirs();
    const othersBytes = area.bytesInUse();

    const result = await writeChunked(area, P, incompressible(SYNC_QUOTAS.QUOTA_BYTES - othersBytes), 'r', { compress: false });
    expect(result).toMatchObject({ ok: false, reason: 'too-big', limit: 'QUOTA_BYTES' });
    if (!result.ok && result.reason === 'too-big') expect(result.quota).toBeLessThanOrEqual(SYNC_QUOTAS.QUOTA_BYTES - othersBytes);

    expect(await writeChunked(area, P, incompressible(90_000 - othersBytes), 'r', { compress: false })).toMatchObject({ ok: true });
    expect(await writeChunked(area, P, 'small', 'r2')).toMatchObject({ ok: true });
    expect(theirs()).toEqual(saved);
    expectWithinQuotas(area);
  });

  it('refuses when the other keys leave too few items', async () => {
    const area = new QuotaSyncArea();
    const keys = Object.fromEntries(Array.from({ length: 510 }, (_, i) => [`k${i}`, i]));
    await area.set(keys);
    expect(await writeChunked(area, P, 'one chunk', 'r')).toMatchObject({ ok: true, chunks: 1 }); // 512 items
    expect(await writeChunked(area, P, incompressible(10_000), 'r', { compress: false })).toMatchObject({ ok: false, reason: 'too-big', limit: 'MAX_ITEMS' });
    expect(await readChunked(area, P)).toMatchObject({ status: 'ok', value: 'one chunk' });
  });

  it.each([
    ['the write rate', 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'],
    ['a key that grew elsewhere between our read and our write', 'QUOTA_BYTES quota exceeded'],
  ])('returns the browser\'s message when it refuses (%s), writing nothing', async (name, message) => {
    let time = 0;
    const area = new QuotaSyncArea({ now: () => time });
    await writeChunked(area, P, 'previous', 'r0');
    let target: SyncArea = area;
    if (name.startsWith('the write rate')) {
      for (let i = 1; i < 120; i++) await area.set({ tick: i });
    } else {
      // Another context writes a big item right after our get.
      target = {
        get: async (keys) => {
          const out = await area.get(keys);
          await area.set({ other1: incompressible(8_000, 1), other2: incompressible(8_000, 2) });
          return out;
        },
        set: (items) => area.set(items),
        remove: (keys) => area.remove(keys),
      };
      time += 1; // a different minute is not needed: 3 ops so far
    }
    const before = area.snapshot();
    const result = await writeChunked(target, P, { t: incompressible(92_000) }, 'r1', { compress: false });
    expect(result).toEqual({ ok: false, reason: 'error', error: message });
    if (name.startsWith('the write rate')) expect(area.snapshot()).toEqual(before);
    expect(await readChunked(area, P)).toEqual({ status: 'ok', value: 'previous', rev: 'r0' });
  });

  it.each([
    ['undefined', undefined, 'it has no JSON form'],
    ['a BigInt', { n: 10n }, 'BigInt'],
    ['a cycle', (() => { const a: Record<string, unknown> = {}; a.self = a; return a; })(), 'circular'],
  ])('refuses %s as an error, writing nothing', async (_name, value, message) => {
    const area = new QuotaSyncArea();
    const result = await writeChunked(area, P, value, 'r');
    expect(result).toMatchObject({ ok: false, reason: 'error' });
    if (!result.ok && result.reason === 'error') expect(result.error).toMatch(new RegExp(message, 'i'));
    expect(area.items.size).toBe(0);
  });

  it.each(['', 'settings1', 'x'.repeat(65)])('throws on a prefix that could collide or not fit: %j', async (prefix) => {
    await expect(writeChunked(new QuotaSyncArea(), prefix, 1, 'r')).rejects.toThrow(TypeError);
  });
});

describe('readChunked on what sync delivers', () => {
  it('says absent when nothing was ever written', async () => {
    const area = new QuotaSyncArea();
    await area.set({ theme: 'dark' });
    expect(await readChunked(area, P)).toEqual({ status: 'absent' });
  });

  it('says incomplete while chunks have arrived without their meta', async () => {
    const area = new QuotaSyncArea();
    area.receive({ [`${P}0`]: '"abc"' });
    expect(await readChunked(area, P)).toEqual({ status: 'incomplete', rev: '' });
  });

  it.each([
    ['a missing chunk', (items: Map<string, string>) => items.delete(`${P}1`)],
    ['a chunk of another write', (items: Map<string, string>) => items.set(`${P}1`, JSON.stringify('x'.repeat(8_000)))],
    ['a truncated chunk', (items: Map<string, string>) => items.set(`${P}2`, JSON.stringify(JSON.parse(items.get(`${P}2`)!).slice(1)))],
  ])('says incomplete on %s', async (_name, damage) => {
    const area = new QuotaSyncArea();
    await writeChunked(area, P, incompressible(30_000), 'r7', { compress: false });
    damage(area.items);
    expect(await readChunked(area, P)).toEqual({ status: 'incomplete', rev: 'r7' });
  });

  it.each([
    ['an unknown format (a newer version)', { rev: 'r', chunks: 1, length: 1, hash: 'x', format: 'brotli' }, /format "brotli"/],
    ['a meta that is not one', { hello: 1 }, /not in a form/],
  ])('reports %s as an error, not a value', async (_name, meta, message) => {
    const area = new QuotaSyncArea();
    await area.set({ [`${P}meta`]: meta, [`${P}0`]: 'x' });
    const result = await readChunked(area, P);
    expect(result).toMatchObject({ status: 'error' });
    if (result.status === 'error') expect(result.error).toMatch(message);
  });

  it('reads another device\'s write, delivered item by item in any order, as the old value, incomplete, or the new value (property)', async () => {
    const cases: Array<[unknown, unknown, boolean]> = [
      // Same length, same chunk count: only the hash tells a mix from either write.
      ['a'.repeat(30_000), 'b'.repeat(30_000), false],
      [incompressible(40_000, 1), incompressible(9_000, 2), false], // shrinks: stale chunks removed
      [incompressible(9_000, 3), incompressible(40_000, 4), false], // grows
      [realisticSettings(300, 1), realisticSettings(300, 2), true],
    ];
    for (const [v1, v2, compress] of cases) {
      const a = new QuotaSyncArea();
      await writeChunked(a, P, v1, 'v1', { compress });
      const start = a.snapshot();
      await writeChunked(a, P, v2, 'v2', { compress });
      const end = a.snapshot();
      const changed = [...new Set([...Object.keys(start), ...Object.keys(end)])].filter((key) => start[key] !== end[key]);
      await fc.assert(
        fc.asyncProperty(fc.shuffledSubarray(changed, { minLength: changed.length }), async (order) => {
          const b = new QuotaSyncArea();
          b.receive(start);
          for (const key of order) {
            b.receive({ [key]: end[key] });
            const read = await readChunked(b, P);
            if (read.status === 'ok') expect([{ value: jsonOf(v1), rev: 'v1' }, { value: jsonOf(v2), rev: 'v2' }]).toContainEqual({ value: read.value, rev: read.rev });
            else expect(read.status).toBe('incomplete');
          }
          expect(await readChunked(b, P)).toEqual({ status: 'ok', value: jsonOf(v2), rev: 'v2' });
        }),
        { numRuns: 25 },
      );
    }
  });
});
