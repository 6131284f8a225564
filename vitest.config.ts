import { defineConfig } from 'vitest/config';

/** Unit and helper integration tests: Node, no browser. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/support/meta.test.ts', 'test/support/browser-twins.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
