/**
 * Text ⇄ deflate ⇄ base64, with the platform's own `CompressionStream` (Chrome 80+,
 * Firefox 113+, Node 18+; also present in service workers). Settings are repetitive
 * prose and JSON, so this roughly halves what they cost in `storage.sync`, even after
 * base64's 4/3 (base64 because a stored string must be text; it is plain ASCII with no
 * `<`, so Chromium charges one byte per character). `deflate` rather than `deflate-raw`
 * or `gzip`: every engine above has it, and its Adler-32 trailer is one more check
 * against a damaged payload.
 */

export function compressionAvailable(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** Runs bytes through a transform stream and collects what comes out. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(stream as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with 100 000 arguments overflows some engines' stacks.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function deflateToBase64(text: string): Promise<string> {
  return toBase64(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate')));
}

/** Throws on anything that is not our own output (bad base64, bad deflate data, bad UTF-8). */
export async function inflateFromBase64(base64: string): Promise<string> {
  const bytes = await pipe(fromBase64(base64), new DecompressionStream('deflate'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
