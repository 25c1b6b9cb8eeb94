import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseRequest, REQUEST_EVENT, RESULT_EVENT } from '@/utils/editors/bridge-protocol';
import { runInPage } from '@/utils/editors/page-world';

/**
 * The editor bridge: injected by the content script (utils/editors/bridge-client.ts) into
 * the page's own JavaScript world, where rich editors keep their handlers and instances.
 * It listens only on its own detached `<script>` element, accepts only a well-formed
 * request carrying the nonce it was given, inserts into the focused editor and answers
 * handled or not. It holds no extension API: the page gains nothing by calling it.
 */
export default defineUnlistedScript(() => {
  const script = document.currentScript;
  const nonce = script?.dataset.nonce;
  if (!script || !nonce) return;
  script.addEventListener(REQUEST_EVENT, (event) => {
    const request = parseRequest((event as CustomEvent<unknown>).detail, nonce);
    if (!request) return;
    const handled = runInPage(request.method, request.text);
    const detail = JSON.stringify({ nonce, id: request.id, handled });
    script.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail }));
  });
});
