import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the benchmarks' own pages (the vis-timeline peer, the import baselines) apart, so the app's build never includes them. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../../test-results/bench-peer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: [
        fileURLToPath(new URL('vis-timeline.html', import.meta.url)),
        fileURLToPath(new URL('baselines.html', import.meta.url)),
      ],
    },
  },
  preview: { port: 4175, strictPort: true },
});
