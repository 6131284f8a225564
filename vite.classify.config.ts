import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** collect + classify as one IIFE (`AmtspassClassify.run()`) for `npm run classify` and the benchmarks. */
export default defineConfig({
  build: {
    outDir: 'dist/classify',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'bench/classify-bundle-entry.ts'),
      formats: ['iife'],
      name: 'AmtspassClassify',
      fileName: () => 'amtspass-classify.js',
    },
  },
});
