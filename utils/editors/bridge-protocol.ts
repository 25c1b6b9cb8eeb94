/**
 * The channel between the content script and the editor bridge, the small script that runs
 * in the page's own JavaScript world (entrypoints/editor-bridge.ts). It carries exactly one
 * request, "insert this text into the focused editor, this way", and one answer, "handled or
 * not". Both travel as JSON strings in CustomEvents dispatched on the bridge's own `<script>`
 * element, which is detached from the document: strings cross the two worlds the same way in
 * Chrome and Firefox (objects do not), and each side parses and checks what it receives.
 *
 * The nonce keeps stray events apart; it is not a secret from the page, and need not be: the
 * page can do nothing through this channel that it could not do to its own editor anyway,
 * and the content script trusts no answer, it reads the editor back to verify.
 * This file is shared by both worlds, so it imports nothing.
 */

export const REQUEST_EVENT = 'porte-parole:editor-insert';
export const RESULT_EVENT = 'porte-parole:editor-result';

/** The ways of inserting that need the page's world (see page-world.ts). */
export const BRIDGE_METHODS = ['paste', 'beforeinput', 'quill-api'] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** Far above any platform's reply limit: anything longer is not a reply. */
export const MAX_TEXT_LENGTH = 20_000;

export interface BridgeRequest {
  nonce: string;
  id: number;
  method: BridgeMethod;
  text: string;
}

export interface BridgeResult {
  nonce: string;
  id: number;
  handled: boolean;
}

/** The JSON object in `detail`, with exactly these keys, or null. */
function parseObject(detail: unknown, keys: readonly string[]): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > MAX_TEXT_LENGTH * 8) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const own = Object.keys(value);
  if (own.length !== keys.length || !keys.every((key) => own.includes(key))) return null;
  return value as Record<string, unknown>;
}

const isId = (id: unknown): id is number => Number.isSafeInteger(id) && (id as number) >= 0;

export function parseRequest(detail: unknown, nonce: string): BridgeRequest | null {
  const value = parseObject(detail, ['nonce', 'id', 'method', 'text']);
  if (!value || value.nonce !== nonce || !isId(value.id)) return null;
  const { method, text } = value;
  if (!BRIDGE_METHODS.includes(method as BridgeMethod)) return null;
  if (typeof text !== 'string' || !text || text.length > MAX_TEXT_LENGTH) return null;
  return { nonce, id: value.id, method: method as BridgeMethod, text };
}

export function parseResult(detail: unknown, nonce: string): BridgeResult | null {
  const value = parseObject(detail, ['nonce', 'id', 'handled']);
  if (!value || value.nonce !== nonce || !isId(value.id) || typeof value.handled !== 'boolean') return null;
  return { nonce, id: value.id, handled: value.handled };
}
