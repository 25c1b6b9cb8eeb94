import { describe, expect, it, vi } from 'vitest';
import { checkTeamUrl, fetchTeamSource } from '@/utils/sync/team-fetch';

const URL_OK = 'https://team.example/porte-parole.json';
const encode = (text: string) => new TextEncoder().encode(text);

/** A body stream that serves `chunks`, each after `delayMs` (real timers), and records what happens to it. */
function streamOf(chunks: Uint8Array[], delayMs = 0) {
  const log = { pulls: 0, cancelled: false };
  const queue = [...chunks];
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      log.pulls += 1;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      log.cancelled = true;
    },
  });
  return { stream, log };
}

/** An endless body: 64 kB at every pull, or (`stall`) a first chunk and then nothing, ever. */
function endless(stall = false) {
  const log = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      log.pulls += 1;
      if (stall && log.pulls > 1) return new Promise<void>(() => undefined);
      controller.enqueue(new Uint8Array(65_536).fill(0x20));
    },
    cancel() {
      log.cancelled = true;
    },
  });
  return { stream, log };
}

/** A fetch that answers with this response and records the requests it was given. */
function fetchReturning(make: () => Response) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const impl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), init: init ?? {} });
    return make();
  });
  return { fetch: impl as unknown as typeof fetch, requests, impl };
}

const headerOf = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

describe('checkTeamUrl', () => {
  it.each([
    ['https, any host', URL_OK],
    ['a published spreadsheet, spaces around', '  https://docs.google.com/spreadsheets/d/e/2PACX/pub?output=csv  '],
    ['upper-case scheme and host', 'HTTPS://Team.Example/c.json'],
    ['http on localhost (tests)', 'http://localhost:8080/team.json'],
    ['http on 127.0.0.1', 'http://127.0.0.1:5173/team.csv'],
    ['http on [::1]', 'http://[::1]:3000/team.json'],
    ['http on LOCALHOST', 'http://LOCALHOST/team.json'],
  ])('accepts %s', (_name, input) => {
    const result = checkTeamUrl(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.url.href).toBe(new URL(input.trim()).href);
  });

  it.each([
    ['nothing', '   ', /Enter the address/],
    ['no scheme', 'team.example/c.json', /is not a web address: it should start with https:\/\//],
    ['http on another host', 'http://team.example/c.json', /Use https:\/\/ for team\.example: plain http:\/\/ is accepted only for localhost/],
    ['http on a lookalike of localhost', 'http://localhost.evil.example/c.json', /Use https:\/\/ for localhost\.evil\.example/],
    ['http on the local network', 'http://192.168.1.10/c.json', /plain http:\/\/ is accepted only for localhost/],
    ['http on another loopback address', 'http://127.0.0.2/c.json', /Use https:\/\//],
    ['ftp', 'ftp://team.example/c.json', /Only https:\/\/ addresses are accepted, not ftp:\/\//],
    ['a file', 'file:///home/lead/team.json', /Only https:\/\//],
    ['javascript', 'javascript:alert(1)', /Only https:\/\//],
    ['data', 'data:application/json,{}', /Only https:\/\//],
    ['credentials', 'https://lead:secret@team.example/c.json', /must not contain a user name or password/],
  ])('refuses %s with a clear message', (_name, input, message) => {
    const result = checkTeamUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('fetchTeamSource', () => {
  it('returns the body, its type and validators; sends no cookies and asks the server every time', async () => {
    const json = '{"version":1,"brand":{"name":"Acme"}}';
    const { fetch, requests } = fetchReturning(() => new Response(json, {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: '"v1"', 'Last-Modified': 'Mon, 01 Jun 2026 10:00:00 GMT' },
    }));
    expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({
      status: 'ok', body: json, contentType: 'application/json; charset=utf-8', etag: '"v1"', lastModified: 'Mon, 01 Jun 2026 10:00:00 GMT',
    });
    expect(requests).toHaveLength(1);
    const { init } = requests[0]!;
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-cache', redirect: 'follow' });
    expect(init.signal).toBeDefined();
    expect(headerOf(init, 'If-None-Match')).toBeNull();
    expect(headerOf(init, 'If-Modified-Since')).toBeNull();
  });

  it('sends the validators it is given, and reads a 304 as unchanged', async () => {
    const { fetch, requests } = fetchReturning(() => new Response(null, { status: 304, statusText: 'Not Modified' }));
    const validators = { etag: '"v1"', lastModified: 'Mon, 01 Jun 2026 10:00:00 GMT' };
    expect(await fetchTeamSource(URL_OK, validators, { fetch })).toEqual({ status: 'unchanged' });
    expect(headerOf(requests[0]!.init, 'If-None-Match')).toBe('"v1"');
    expect(headerOf(requests[0]!.init, 'If-Modified-Since')).toBe('Mon, 01 Jun 2026 10:00:00 GMT');
  });

  it('reads a 200 carrying the ETag it already has as unchanged, without reading the body', async () => {
    const { stream, log } = streamOf([encode('{}')]);
    const { fetch } = fetchReturning(() => new Response(stream, { status: 200, headers: { ETag: '"v1"' } }));
    expect(await fetchTeamSource(URL_OK, { etag: '"v1"' }, { fetch })).toEqual({ status: 'unchanged' });
    expect(log.cancelled).toBe(true);
  });

  it.each([
    ['a server error', () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }), 'HTTP 500 Internal Server Error'],
    ['a missing file, no status text (HTTP/2)', () => new Response('', { status: 404 }), 'HTTP 404 Not Found'],
    ['a rate limit', () => new Response('', { status: 429, statusText: 'Too Many Requests' }), 'HTTP 429 Too Many Requests'],
    ['a success with no document', () => new Response(null, { status: 204, statusText: 'No Content' }), 'HTTP 204 No Content: expected the document itself (HTTP 200)'],
    ['a 304 to a request that had no validators', () => new Response(null, { status: 304 }), 'HTTP 304 Not Modified, but no copy was asked to be checked'],
  ])('reports %s', async (_name, make, error) => {
    const { fetch } = fetchReturning(make);
    expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({ status: 'error', error });
  });

  it('refuses a redirect off https', async () => {
    const { fetch } = fetchReturning(() => {
      const response = new Response('{}', { status: 200 });
      Object.defineProperty(response, 'url', { value: 'http://evil.example/team.json' });
      return response;
    });
    const result = await fetchTeamSource(URL_OK, {}, { fetch });
    expect(result).toEqual({ status: 'error', error: expect.stringMatching(/^redirected to http:\/\/evil\.example\/team\.json: Use https:\/\//) });
  });

  it('refuses a bad address without fetching', async () => {
    const { fetch, impl } = fetchReturning(() => new Response('{}'));
    expect(await fetchTeamSource('http://team.example/c.json', {}, { fetch })).toMatchObject({ status: 'error', error: expect.stringMatching(/^Use https/) });
    expect(impl).not.toHaveBeenCalled();
  });

  describe('size cap', () => {
    it('refuses a declared Content-Length over the cap before reading the body', async () => {
      const { stream, log } = streamOf([encode('x'.repeat(10))]);
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200, headers: { 'Content-Length': '3000000' } }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({ status: 'error', error: 'the file is 3 MB, more than the 2 MB accepted' });
      expect(log.pulls).toBeLessThanOrEqual(1); // a stream may pull once to fill its queue
      expect(log.cancelled).toBe(true);
    });

    it('stops an endless body at the cap and cancels it', async () => {
      const { stream, log } = endless();
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch, maxBytes: 200_000 })).toEqual({ status: 'error', error: 'the file is larger than the 200 kB accepted' });
      expect(log.cancelled).toBe(true);
      expect(log.pulls).toBeLessThan(10);
    });

    it.each([
      ['exactly at the cap', 1_000, 'ok'],
      ['one byte over, Content-Length not given', 1_001, 'error'],
    ])('%s', async (_name, length, status) => {
      const { stream } = streamOf([encode('a'.repeat(length - 1)), encode('b')]);
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch, maxBytes: 1_000 })).toMatchObject({ status });
    });
  });

  describe('timeout', () => {
    it('gives up on a server that never answers, even with a fetch that ignores the signal', async () => {
      const fetch = vi.fn(() => new Promise<Response>(() => undefined)) as unknown as typeof globalThis.fetch;
      const started = Date.now();
      expect(await fetchTeamSource(URL_OK, {}, { fetch, timeoutMs: 50 })).toEqual({ status: 'error', error: 'no answer within 50 ms' });
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('aborts a fetch that follows the signal, and says so in seconds by default', async () => {
      vi.useFakeTimers();
      try {
        let signal: AbortSignal | undefined;
        const fetch = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => {
          signal = init?.signal ?? undefined;
          return new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));
        }) as unknown as typeof globalThis.fetch;
        const pending = fetchTeamSource(URL_OK, {}, { fetch });
        await vi.advanceTimersByTimeAsync(14_999);
        expect(signal?.aborted).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        expect(await pending).toEqual({ status: 'error', error: 'no answer within 15 s' });
        expect(signal?.aborted).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    });

    it('covers the body: a slow one is cut off and cancelled', async () => {
      const { stream, log } = streamOf(Array.from({ length: 10 }, () => encode('{"a":1}')), 30);
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch, timeoutMs: 100 })).toEqual({ status: 'error', error: 'the file did not arrive in full within 100 ms' });
      expect(log.cancelled).toBe(true);
    });

    it('accepts the same slow body when it arrives in time', async () => {
      const { stream } = streamOf(['[', '1,', '2', ']'].map(encode), 10);
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch, timeoutMs: 2_000 })).toMatchObject({ status: 'ok', body: '[1,2]' });
    });

    it('covers a body that stops sending and never ends', async () => {
      const { stream, log } = endless(true);
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch, timeoutMs: 80 })).toEqual({ status: 'error', error: 'the file did not arrive in full within 80 ms' });
      expect(log.cancelled).toBe(true);
    });
  });

  describe('failures and decoding', () => {
    it.each([
      ['a browser network failure', new TypeError('Failed to fetch'), 'network error: Failed to fetch'],
      ['a Node failure with its cause', Object.assign(new TypeError('fetch failed'), { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }), 'network error: fetch failed (connect ECONNREFUSED 127.0.0.1:9)'],
    ])('reports %s with its message', async (_name, thrown, error) => {
      const fetch = vi.fn(async () => {
        throw thrown;
      }) as unknown as typeof globalThis.fetch;
      expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({ status: 'error', error });
    });

    it('reports a connection cut in the middle of the body', async () => {
      let sent = false;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) controller.error(new TypeError('terminated'));
          else controller.enqueue(encode('{"version":'));
          sent = true;
        },
      });
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({ status: 'error', error: 'network error: terminated' });
    });

    it('decodes UTF-8 split anywhere across chunks, and drops a byte-order mark', async () => {
      const text = 'Merci {author} ! L’équipe 😀 répond — 日本';
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]);
      const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1)); // one byte each
      const { stream } = streamOf(chunks);
      const { fetch } = fetchReturning(() => new Response(stream, { status: 200, headers: { 'Content-Type': 'text/csv' } }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({ status: 'ok', body: text, contentType: 'text/csv' });
    });

    it('refuses a file that is not UTF-8 rather than garbling its accents', async () => {
      const latin1 = new Uint8Array([...encode('caf'), 0xe9]); // "café" in Windows-1252
      const { fetch } = fetchReturning(() => new Response(latin1, { status: 200 }));
      expect(await fetchTeamSource(URL_OK, {}, { fetch })).toEqual({ status: 'error', error: 'the file is not UTF-8 text (save or publish it as UTF-8)' });
    });
  });
});
