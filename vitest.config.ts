import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: the logic and the components, in happy-dom, with WXT's fakeBrowser standing
// in for the extension APIs and fake-indexeddb for IndexedDB.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    // The property tests run thousands of cases; on a busy 2-core CI machine one file can
    // take several times its usual 5 s without anything being wrong.
    testTimeout: 30_000,
  },
});
