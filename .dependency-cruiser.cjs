/**
 * The renderer's layers, written down as rules that `npm run lint` checks (see CONTRIBUTING.md).
 * From the top: the shell (renderer/app and renderer/main.tsx) composes the features; a feature
 * (renderer/cases, journey, import...) shows and edits one part of the work; renderer/components
 * holds controls any feature may use; renderer/worker-rpc is the one way to talk to a worker;
 * renderer/store is the one way into the local database;
 * renderer/platform is the one way to the operating system; shared/ is the pure domain under all
 * of them (its own fence is in eslint.config.js).
 */
const LOWER = ['store', 'components', 'worker-rpc', 'platform'];
const NOT_A_FEATURE = ['app', ...LOWER].map((layer) => `${layer}/`).join('|');
const FEATURE = `^renderer/(?!${NOT_A_FEATURE})([^/]+)/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle makes modules that can only be understood, tested and loaded together.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shell-on-top',
      severity: 'error',
      comment:
        'renderer/app is the shell (App, routing, error boundary, menus): only the entry point imports it.',
      from: { path: '^renderer/', pathNot: ['^renderer/app/', '^renderer/main\\.tsx$'] },
      to: { path: '^renderer/app/' },
    },
    {
      name: 'feature-internals',
      severity: 'error',
      comment: "A feature uses another feature only through that feature's index.ts, never its internals.",
      from: { path: FEATURE },
      to: { path: FEATURE, pathNot: ['^renderer/$1/', '^renderer/[^/]+/index\\.ts$'] },
    },
    {
      name: 'lower-layers-import-no-feature',
      severity: 'error',
      comment: 'store, components and platform sit under every feature: they import none.',
      from: { path: `^renderer/(${LOWER.join('|')})/` },
      to: { path: FEATURE },
    },
    {
      name: 'store-under-components',
      severity: 'error',
      comment: 'The store holds data and its hooks, never controls.',
      from: { path: '^renderer/(store|platform)/' },
      to: { path: '^renderer/components/' },
    },
    {
      name: 'platform-at-the-bottom',
      severity: 'error',
      comment: 'The platform is the operating system behind one interface; it knows nothing of the store.',
      from: { path: '^renderer/platform/' },
      to: { path: '^renderer/store/' },
    },
    {
      name: 'database-only-in-store',
      severity: 'error',
      comment:
        'Screens read and write through renderer/store (its hooks and repositories), never Dexie itself. The browser platform keeps its own small backups database.',
      from: { path: '^renderer/', pathNot: ['^renderer/store/', '^renderer/platform/browser-backups\\.ts$'] },
      to: { path: '^node_modules/(dexie|dexie-react-hooks)/' },
    },
    {
      name: 'node-side-stays-out',
      severity: 'error',
      comment:
        'The renderer runs in a sandboxed page: it reaches the Node side only through renderer/platform and shared/ipc.',
      from: { path: '^(renderer|shared)/' },
      to: { path: '^electron/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-electron|test-results|playwright-report)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
