import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo pages: a social feed (feed.html) and a hostile post (hostile.html). */
export const DEMO_DIR = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves the demo pages on 127.0.0.1 on a free port (the test build of the extension runs
 * on any port of 127.0.0.1). Only files inside the demo folder are served.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDemo(root = DEMO_DIR) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'feed.html' : path);
    // Permalinks of the demo posts (/posts/1, /u/lea) show the feed again.
    const served = file.startsWith(root) && extname(file) ? file : join(root, 'feed.html');
    try {
      const body = await readFile(served);
      res.writeHead(200, { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(served))] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
