/**
 * Fetching the team configuration the lead publishes (a JSON file, or a spreadsheet
 * published as CSV). Only fetching: the caller validates the whole document and keeps the
 * last good copy in force whenever this returns anything but `ok` with a valid document.
 *
 * Pure data over HTTPS, bounded in time and size: the timeout covers the headers *and*
 * the whole body, and the size cap is enforced while the body streams in, so a slow or
 * endless answer can neither hang the background nor fill its memory.
 */

export type TeamUrlCheck = { ok: true; url: URL } | { ok: false; error: string };

/** Hosts where plain http:// is accepted: the machine itself, for the real-browser tests. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkTeamUrl(input: string): TeamUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the address of the team configuration (https://…).' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: `"${text}" is not a web address: it should start with https://.` };
  }
  // fetch refuses such URLs anyway, and a password has no place in a shared setting.
  if (url.username || url.password) return { ok: false, error: 'The address must not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (LOOPBACK.has(url.hostname)) return { ok: true, url };
    return { ok: false, error: `Use https:// for ${url.hostname}: plain http:// is accepted only for localhost.` };
  }
  return { ok: false, error: `Only https:// addresses are accepted, not ${url.protocol}//.` };
}

/** What the previous successful fetch answered, sent back so the server can say "unchanged". */
export interface TeamValidators {
  etag?: string;
  lastModified?: string;
}

export type TeamFetchResult =
  | { status: 'unchanged' }
  | { status: 'ok'; body: string; contentType: string; etag?: string; lastModified?: string }
  | { status: 'error'; error: string };

export interface TeamFetchOptions {
  fetch?: typeof fetch;
  /** For the whole exchange, headers and body (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes as received (default 2,000,000). */
  maxBytes?: number;
}

/** Reason phrases for when the server sends none (HTTP/2 has no status text). */
const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout',
  410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

const httpStatus = (response: Response) =>
  `HTTP ${response.status} ${response.statusText || REASONS[response.status] || ''}`.trim();

const duration = (ms: number) => (ms >= 1_000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);

const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : bytes >= 1_000 ? `${Math.round(bytes / 100) / 10} kB` : `${bytes} bytes`;

/** Browsers say little ("Failed to fetch"); Node puts the reason (ECONNREFUSED…) in `cause`. */
function networkError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  return `network error: ${message}${cause && cause !== message ? ` (${cause})` : ''}`;
}

export async function fetchTeamSource(
  url: string,
  validators: TeamValidators,
  options: TeamFetchOptions = {},
): Promise<TeamFetchResult> {
  const checked = checkTeamUrl(url);
  if (!checked.ok) return { status: 'error', error: checked.error };
  // Bound to the global: some browsers throw "Illegal invocation" for a detached fetch.
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 2_000_000;

  const controller = new AbortController();
  let phase: 'headers' | 'body' = 'headers';
  let timedOut = false;
  // Every wait races this, so the timeout holds even against a fetch or a body stream that
  // ignores the signal; aborting also stops a real fetch's network transfer.
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')));
  });
  aborted.catch(() => undefined);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, text/plain;q=0.8, */*;q=0.1' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;

  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const response = await Promise.race([
      fetchImpl(checked.url.href, {
        method: 'GET',
        headers,
        // The URL is public by design: never send the manager's cookies to it.
        credentials: 'omit',
        // `no-cache`: never take a copy from the HTTP cache without asking the server, so
        // "Sync now" sees what the lead has just published. The server still answers our
        // If-None-Match / If-Modified-Since with a light 304 (`no-store` is not needed for
        // that). Should a browser cache turn that 304 into a 200 with its stored copy, the
        // ETag check below still reports it as unchanged.
        cache: 'no-cache',
        redirect: 'follow',
        signal: controller.signal,
      }),
      aborted,
    ]);
    const discard = () => void response.body?.cancel().catch(() => undefined);

    // A redirect must not take us off https.
    if (response.url && response.url !== checked.url.href) {
      const final = checkTeamUrl(response.url);
      if (!final.ok) {
        discard();
        return { status: 'error', error: `redirected to ${response.url}: ${final.error}` };
      }
    }
    if (response.status === 304) {
      discard();
      return validators.etag || validators.lastModified
        ? { status: 'unchanged' }
        : { status: 'error', error: 'HTTP 304 Not Modified, but no copy was asked to be checked' };
    }
    if (response.status !== 200 && response.status !== 203) {
      discard();
      const expected = response.ok ? ': expected the document itself (HTTP 200)' : '';
      return { status: 'error', error: `${httpStatus(response)}${expected}` };
    }

    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;
    if (etag && validators.etag && etag === validators.etag) {
      discard();
      return { status: 'unchanged' };
    }
    const declared = Number(response.headers.get('Content-Length') ?? NaN);
    if (declared > maxBytes) {
      discard();
      return { status: 'error', error: `the file is ${size(declared)}, more than the ${size(maxBytes)} accepted` };
    }

    phase = 'body';
    const parts: Uint8Array[] = [];
    let received = 0;
    reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return { status: 'error', error: `the file is larger than the ${size(maxBytes)} accepted` };
      }
      parts.push(value);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    let body: string;
    try {
      // Fatal: a file saved in another encoding would otherwise put U+FFFD into replies.
      body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { status: 'error', error: 'the file is not UTF-8 text (save or publish it as UTF-8)' };
    }
    return {
      status: 'ok',
      body,
      contentType: response.headers.get('Content-Type') ?? '',
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    if (timedOut) {
      void reader?.cancel().catch(() => undefined);
      return {
        status: 'error',
        error: phase === 'headers' ? `no answer within ${duration(timeoutMs)}` : `the file did not arrive in full within ${duration(timeoutMs)}`,
      };
    }
    return { status: 'error', error: networkError(error) };
  } finally {
    clearTimeout(timer);
  }
}
