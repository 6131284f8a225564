import { defineConfig } from 'vite';

/** The helper as one Node ESM file: shared/ and npm dependencies inlined, node: builtins external. */
export default defineConfig({
  build: {
    ssr: 'helper/main.ts',
    outDir: 'dist/helper',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { format: 'esm', entryFileNames: 'amtspass-helper.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
