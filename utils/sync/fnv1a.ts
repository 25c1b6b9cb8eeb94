/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a text, as 16 hex digits. It tells a complete
 * set of chunks from a mix of two writes (Chrome sync may deliver another device's items
 * one by one); 64 bits because a 32-bit hash leaves a one-in-four-billion chance of
 * taking such a mix for the real thing. Not a defence against anyone crafting a collision:
 * only this extension writes these items.
 *
 * Computed on two 32-bit halves so it needs no BigInt: the 64-bit prime is 2^40 + 0x1b3,
 * so `h * prime` is `h * 0x1b3` plus the low half shifted 8 bits into the high half.
 */
const encoder = new TextEncoder();
const TWO_32 = 2 ** 32;

export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    const loProduct = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(loProduct / TWO_32);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0; // < 2^43 before the cut: exact
    lo = loProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
