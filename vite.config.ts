import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Sent as headers because a <meta> CSP cannot say who may frame the page: no other site may
 * show the app inside a frame (clickjacking). The rest of the policy is in index.html's <meta>.
 */
export const WEB_SERVER_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

export default defineConfig({
  root: 'renderer',
  // Relative asset paths so the same build loads from Electron's app:// protocol and from a web server.
  base: './',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  server: { headers: WEB_SERVER_HEADERS },
  preview: { headers: WEB_SERVER_HEADERS },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit-report.json' }]],
  },
});
