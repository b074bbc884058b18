import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-electron',
      'node_modules',
      'test-results',
      'playwright-report',
      'tests/bench/results*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Screens read and write the local database through renderer/store, never by touching it
    // themselves; the platform's browser backups keep a small database of their own.
    // The layer rules between folders are in .dependency-cruiser.cjs.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**', 'renderer/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='db'], MemberExpression[object.property.name='db']",
          message:
            'Read and write the store through a hook or repository in renderer/store, not db. directly.',
        },
      ],
    },
  },
  {
    // shared/ is the pure domain core used by main, renderer and CLI alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@xyflow/*'],
              message: 'shared/ must not import React.',
            },
            {
              group: ['dexie', 'dexie-*'],
              message: 'shared/ must not import Dexie; declare a repository interface instead.',
            },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            { group: ['node:*', 'fs', 'path', 'os'], message: 'shared/ must not touch the file system.' },
            {
              group: ['../renderer/*', '../electron/*', '../../renderer/*', '../../electron/*'],
              message: 'shared/ must not import app code.',
            },
            {
              group: ['**/samples', '**/samples/**'],
              message:
                'shared/ must not import samples/; take shipped data (deflators, unit costs) as an argument.',
            },
          ],
        },
      ],
    },
  },
);
