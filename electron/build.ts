import { build } from 'esbuild';

/**
 * Bundles main and preload into single CommonJS files: a sandboxed preload may require nothing
 * but 'electron', so everything it uses (zod, the IPC contract) must be inlined.
 */
await Promise.all(
  ['main', 'preload'].map((entry) =>
    build({
      entryPoints: [`electron/${entry}.ts`],
      outfile: `dist-electron/${entry}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      logLevel: 'warning',
    }),
  ),
);
