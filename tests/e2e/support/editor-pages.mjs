import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The pages' sources: one file per editor library (tests/fixtures/editors/). */
const SOURCES = join(ROOT, 'tests/fixtures/editors');
/**
 * The reconstructed site pages' own scripts (tests/fixtures/sites/*.ts): the site's real
 * editor library mounted in its reply box, bundled with the editor pages as `site-<name>.js`.
 */
const SITE_SOURCES = join(ROOT, 'tests/fixtures/sites');
/** Built at test time, never committed; rebuilt when a source or the lock file changes. */
export const EDITOR_PAGES_DIR = join(ROOT, 'node_modules/.cache/porte-parole-editor-pages');

/** Each test page: the editor library in the reply box of a post mentioning Acme. */
export const EDITOR_PAGES = [
  'draft-js',
  'lexical',
  'prosemirror',
  'tiptap',
  'quill1',
  'quill2',
  'ckeditor5',
  'react-textarea',
  'contenteditable',
  'rejecting',
];

async function sourcesKey() {
  const hash = createHash('sha256');
  hash.update(await readFile(join(ROOT, 'package-lock.json')));
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  for (const dir of [SOURCES, SITE_SOURCES]) {
    for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(join(dir, name)));
  }
  return hash.digest('hex');
}

/** The site scripts' entry names, from the files present. */
async function siteScripts() {
  const files = (await readdir(SITE_SOURCES)).filter((f) => f.endsWith('.ts')).sort();
  return files.map((f) => [`site-${f.slice(0, -3)}`, join(SITE_SOURCES, f)]);
}

/**
 * Bundles the pages with Vite (the real libraries from node_modules), one entry per editor
 * sharing chunks (React for two pages), unless the last build is still current.
 */
export async function buildEditorPages() {
  const key = await sourcesKey();
  const stamp = join(EDITOR_PAGES_DIR, '.key');
  if ((await readFile(stamp, 'utf8').catch(() => '')) === key) return;
  await build({
    configFile: false,
    root: SOURCES,
    publicDir: false,
    logLevel: 'warn',
    // draft-js and React read these Node globals; the pages run as a site ships them.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    build: {
      outDir: EDITOR_PAGES_DIR,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: Object.fromEntries([...EDITOR_PAGES.map((name) => [name, join(SOURCES, `${name}.ts`)]), ...(await siteScripts())]),
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  await writeFile(stamp, key);
}

/** The post around the reply box: the generic adapter finds the <article>, its text and its editor. */
function pageHtml(/** @type {string} */ name) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${name} — reply box</title></head>
<body>
<main>
  <article class="post" id="post">
    <header><a rel="author" href="/u/zoe">Zoé Laurent</a> · <a rel="bookmark" href="/posts/1"><time>2 h</time></a></header>
    <p class="post-text">Does Acme deliver to Lyon? My parcel is late.</p>
    <form class="reply"><div id="editor"></div></form>
  </article>
</main>
<script type="module" src="/${name}.js"></script>
</body>
</html>`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };
/**
 * The strict policy many social sites send: scripts from the page's own origin only, no
 * inline script. The extension's editor bridge must still run under it.
 */
const CSP = "script-src 'self'; object-src 'none'";

/** Serves `/<editor>.html` and the built bundles on 127.0.0.1, on a free port. */
export async function serveEditorPages() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = /^\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
    if (page && EDITOR_PAGES.includes(page)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      return void res.end(pageHtml(page));
    }
    const file = join(EDITOR_PAGES_DIR, path);
    if (!file.startsWith(EDITOR_PAGES_DIR) || !(extname(file) in TYPES)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    /** @param {string} name */
    url: (name) => `http://127.0.0.1:${port}/${name}.html`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
