import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the benchmark's vis-timeline peer page on its own, so the app's build never includes vis-timeline. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../../../test-results/bench-peer', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 4000, rollupOptions: { input: fileURLToPath(new URL('vis-timeline.html', import.meta.url)) } },
  preview: { port: 4175, strictPort: true },
});
