import { defineConfig } from 'vite';

/**
 * The helper as one Node file: shared/ and npm dependencies inlined, node: builtins external.
 * Default: ESM `amtspass-helper.mjs`, run by Node (a developer's checkout, the tests). HELPER_FORMAT=cjs:
 * `amtspass-helper.cjs`, the script a single executable embeds (Node's SEA runs CommonJS).
 */
const cjs = process.env.HELPER_FORMAT === 'cjs';

export default defineConfig({
  build: {
    ssr: 'helper/main.ts',
    outDir: cjs ? 'dist/helper-sea' : 'dist/helper',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: cjs
        ? { format: 'cjs', entryFileNames: 'amtspass-helper.cjs' }
        : { format: 'esm', entryFileNames: 'amtspass-helper.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
