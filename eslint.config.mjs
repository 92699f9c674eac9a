// One ESLint configuration for the whole workspace; each package runs `eslint .` against it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { fileURLToPath } from 'node:url';
import noFolderCycles from './tools/eslint-rules/no-folder-cycles.cjs';

const repository = fileURLToPath(new URL('.', import.meta.url));

/** Imports that would bring a framework or I/O into the pure lifecycle model. */
const domainForbiddenImports = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'react',
  'react-*',
  'pg',
  'ioredis',
  'bullmq',
  'fs',
  'node:*',
  'http',
  'https',
  'net',
  'child_process',
  'axios',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/.turbo/**',
      '.data/**',
      'apps/web/src/lib/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // NestJS resolves constructor parameters from their runtime types, so `import type` would break injection.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Modules never import each other in a loop: neither files (import-x/no-cycle) nor the top-level folders
    // of the API (features on top, then the lifecycle, the tables, the shared building blocks; composition
    // roots — app.module, main, worker, cli, the data source — import everything and nothing imports them).
    files: ['apps/api/src/**/*.ts', 'packages/domain/src/**/*.ts'],
    plugins: { 'import-x': importX, passerelle: { rules: { 'no-folder-cycles': noFolderCycles } } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: { 'passerelle/no-folder-cycles': ['error', { root: `${repository}apps/api/src` }] },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: domainForbiddenImports,
              message: 'packages/domain is the pure lifecycle model: no framework or I/O import.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'No I/O in packages/domain.' },
        { name: 'process', message: 'No environment access in packages/domain.' },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The web app's service worker runs in the worker's global scope, not a page's.
    files: ['apps/web/src/service-worker/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // The command-line tools of the local stack and the benchmarks talk to the terminal on purpose.
    files: ['tools/**/*.ts', 'scripts/**/*.mjs', '**/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
