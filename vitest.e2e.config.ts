import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in real Chromium and Firefox ESR, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
