import { injectScript } from 'wxt/utils/inject-script';
import { type BridgeMethod, parseResult, REQUEST_EVENT, RESULT_EVENT } from './bridge-protocol';

/** An answer slower than this counts as "not handled" (the bridge answers synchronously). */
const ANSWER_TIMEOUT_MS = 500;

let bridge: Promise<HTMLScriptElement | null> | null = null;
let nextId = 0;
const nonce = crypto.randomUUID();

/**
 * Injects the editor bridge once per page, on the first insert that needs it, so pages
 * where the manager never inserts never see it. A page whose policy blocks it gets null,
 * and the strategies that need it decline.
 */
function loadBridge(): Promise<HTMLScriptElement | null> {
  bridge ??= injectScript('/editor-bridge.js', {
    modifyScript: (script) => {
      script.dataset.nonce = nonce;
    },
  })
    .then(({ script }) => {
      // The bridge read it while starting; nothing else needs to see it.
      delete script.dataset.nonce;
      return script;
    })
    .catch((error: unknown) => {
      console.warn('[Porte-Parole] the editor bridge could not load on this page', error);
      return null;
    });
  return bridge;
}

/**
 * Asks the bridge, in the page's world, to insert `text` into the focused editor with
 * `method`; resolves whether the editor took it. Only a well-formed answer with our nonce
 * and this request's id counts.
 */
export async function insertInPage(method: BridgeMethod, text: string): Promise<boolean> {
  const script = await loadBridge();
  if (!script) return false;
  const id = nextId++;
  return new Promise<boolean>((resolve) => {
    const done = (handled: boolean) => {
      clearTimeout(timer);
      script.removeEventListener(RESULT_EVENT, onResult);
      resolve(handled);
    };
    const onResult = (event: Event) => {
      const result = parseResult((event as CustomEvent<unknown>).detail, nonce);
      if (result?.id === id) done(result.handled);
    };
    const timer = setTimeout(() => done(false), ANSWER_TIMEOUT_MS);
    script.addEventListener(RESULT_EVENT, onResult);
    script.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify({ nonce, id, method, text }) }));
  });
}
