// Runs one of the TypeScript tools of tools/ under Node 20, which cannot run TypeScript
// itself: vite bundles the tool together with the very utils/ modules the extension ships
// into a private folder under node_modules/.cache (one per run, so parallel runs never
// share a file; inside node_modules so the bundle still finds packages), then imports it.
//   node tools/run.mjs classify FILE [--lang fr|en]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: node tools/run.mjs TOOL [args…] (TOOL is a file tools/TOOL.ts)');
  process.exit(2);
}
const cache = join(ROOT, 'node_modules', '.cache', 'porte-parole-tools');
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, `${name}-`));
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
await build({
  configFile: false,
  logLevel: 'error',
  root: ROOT,
  resolve: { alias: { '@': ROOT.replace(/\/$/, '') } },
  build: {
    ssr: join(ROOT, 'tools', `${name}.ts`),
    outDir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'tool.mjs' } },
  },
});
process.env.PP_ROOT = ROOT;
process.argv = [process.argv[0] ?? 'node', join(ROOT, 'tools', `${name}.ts`), ...args];
await import(pathToFileURL(join(outDir, 'tool.mjs')).href);
