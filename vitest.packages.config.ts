import { defineConfig } from 'vitest/config';

/**
 * Package tests: what `npm run package` built, as a citizen gets it: the store zips, the helper
 * executables, the .deb installed on this machine (then removed) with the packaged extension in
 * Chromium and Firefox ESR, and the Windows installer under Wine. One file at a time: the .deb changes
 * system-wide folders the browsers read.
 */
export default defineConfig({
  test: {
    include: ['test/packages/**/*.packages.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
