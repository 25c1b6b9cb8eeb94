// `npm run test:e2e` runs this first so that the install (if any) happens before the
// test timeouts start.
import { ensureChromium } from './chromium.mjs';

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
