/** What the line-by-line CLIs share: read FILE, the --lang fallback, write JSON lines. */
import { readFileSync } from 'node:fs';

export function readInput(): { lines: string[]; lang: 'fr' | 'en' } {
  const args = process.argv.slice(2);
  let lang: 'fr' | 'en' = 'en';
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') {
      const value = args[++i];
      if (value !== 'fr' && value !== 'en') fail('--lang takes fr or en');
      lang = value;
    } else if (arg.startsWith('--lang=')) {
      const value = arg.slice('--lang='.length);
      if (value !== 'fr' && value !== 'en') fail('--lang takes fr or en');
      lang = value;
    } else if (!file) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (!file) fail('usage: FILE [--lang fr|en] (one text per line)');
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const lines = text.split(/\r?\n/);
  // A final newline ends the last line; it does not start another.
  if (lines.at(-1) === '') lines.pop();
  return { lines, lang };
}

/**
 * One JSON object per line, in large blocks. process.stdout (not writeSync) because a
 * pipe may take a block only in part; Node flushes what is queued before exiting.
 */
export function writeLines(objects: Iterable<unknown>): void {
  let chunk = '';
  for (const o of objects) {
    chunk += `${JSON.stringify(o)}\n`;
    if (chunk.length > 1 << 16) {
      // eslint-disable-next-line no-restricted-syntax -- Node's stdout, not a document.
      process.stdout.write(chunk);
      chunk = '';
    }
  }
  // eslint-disable-next-line no-restricted-syntax -- Node's stdout, not a document.
  if (chunk) process.stdout.write(chunk);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
