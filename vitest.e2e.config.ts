import { defineConfig } from 'vitest/config';

// Real-browser tests: Chromium with the built extension (`npm run build:test`) loaded.
// One worker: two Chromium instances at once are slow on a 2-core machine.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
