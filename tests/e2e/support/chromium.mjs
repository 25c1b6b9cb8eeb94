import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Debian's browser binary (`/usr/bin/chromium` is only a wrapper script around it). */
export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
].filter(Boolean);

/** @returns {string | undefined} */
export function findChromium() {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(/** @type {string} */ (path)));
}

/**
 * Finds Chromium, installing Debian's package when it is missing and we may (root with
 * apt-get). Throws with what to do otherwise: a missing browser is a failure, not a skip.
 * @returns {string}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium not found. Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH ' +
      'to a Chromium or Chrome binary; the real-browser tests need it.',
  );
}
