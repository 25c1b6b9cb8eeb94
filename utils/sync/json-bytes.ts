/**
 * How many bytes `storage.sync` charges for an item, counted the way Chromium does (key
 * length + the length of the value serialised by its JSON writer), rounded *up* wherever
 * our serialisation and Chromium's may differ, so a write we judge to fit really fits.
 *
 * Chromium's JSON writer differs from `JSON.stringify` in three ways that cost bytes:
 * it escapes `<` as `\u003C` (6 bytes instead of 1), U+2028 and U+2029 as `\u2028` /
 * `\u2029` (6 instead of 3), and it writes a number that is not a 32-bit integer as a
 * double with a `.0` added when it has no `.` or exponent (`3000000000.0`). Firefox's
 * counting (serde_json, no `<` escape) never exceeds Chromium's.
 */

const encoder = new TextEncoder();

/** Bytes of one character of an already JSON-escaped text, as Chromium stores it. */
function escapedCost(code: number): number {
  if (code === 0x3c) return 6; // `<` → \u003C
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code === 0x2028 || code === 0x2029) return 6;
  return 3; // the rest of the BMP; pairs are handled by the caller
}

/** Bytes of a JSON text (the output of `JSON.stringify`) once Chromium has written it. */
export function jsonTextBytes(json: string): number {
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < json.length) {
      const next = json.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
        continue;
      }
    }
    // `JSON.stringify` already wrote a lone surrogate as `\udXXX` (6 ASCII bytes, more than
    // the 3 of the U+FFFD Chromium puts in its place), so reaching one here cannot happen.
    bytes += escapedCost(code);
  }
  return bytes;
}

/**
 * Bytes a raw string costs as a stored JSON string value: its quotes plus each character
 * escaped. This is what a chunk costs, and what `splitToFit` counts while cutting.
 */
export function stringValueBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const step = charStep(text, i);
    bytes += step.bytes;
    i += step.units - 1;
  }
  return bytes;
}

/** One character of a raw string: its UTF-16 length and what Chromium stores for it. */
export function charStep(text: string, i: number): { units: 1 | 2; bytes: number } {
  const code = text.charCodeAt(i);
  if (code === 0x22 || code === 0x5c) return { units: 1, bytes: 2 }; // \" and \\
  if (code < 0x20) {
    // \b \f \n \r \t have two-character escapes, other controls are \u00XX.
    return { units: 1, bytes: code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6 };
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return { units: 2, bytes: 4 };
  }
  if (code >= 0xd800 && code <= 0xdfff) return { units: 1, bytes: 6 }; // lone surrogate, counted high
  return { units: 1, bytes: escapedCost(code) };
}

/** Numbers Chromium writes longer than `JSON.stringify` does (by up to `.0`). */
function extraNumberBytes(value: unknown): number {
  if (typeof value === 'number') {
    // -0 is no 32-bit integer to Chromium either: it becomes `0.0`.
    const int32 = Number.isInteger(value) && (value | 0) === value && !Object.is(value, -0);
    return Number.isFinite(value) && !int32 ? 2 : 0;
  }
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + extraNumberBytes(item), 0);
  if (value && typeof value === 'object') {
    let sum = 0;
    for (const item of Object.values(value)) sum += extraNumberBytes(item);
    return sum;
  }
  return 0;
}

/** Bytes `storage.sync` charges for `key` holding `value` (value as stored: JSON data). */
export function itemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  return encoder.encode(key).length + jsonTextBytes(json) + extraNumberBytes(value);
}
