// The lint gate (`npm run lint`, first step of `npm test`): typescript-eslint with type
// information, the React hooks rules (including the React Compiler ones: refs during render,
// setState in effects) and the layer boundaries of docs/architecture (see README "Layers").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { layers } from './scripts/eslint-layers.js';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
/** Packages only the data layer may import: the database and its live-query hook. */
const dexie = ['dexie', 'dexie-react-hooks'];
const dexieMessage = 'Only renderer/data talks to Dexie: use a repository, or useLiveQuery from renderer/data/live.';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'test-results/',
      'bench/results/',
      'bench/.dist/',
      '.scratch/',
      'renderer/assets/',
      'tests/fixtures/',
      // Ambient declarations only (checked by tsc through shared/tsconfig.json).
      'types/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits must be marked with `void` (and handle its own failure).
      '@typescript-eslint/no-floating-promises': 'error',
      // Handlers like onClick={save} may return a promise; React ignores it, which is what we want.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Template literals with numbers are everywhere in the UI text and are fine.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Async functions that implement a promise-returning interface need no await.
      '@typescript-eslint/require-await': 'off',
      // TypeScript itself reports undefined names, with the right lib per layer.
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    // Functions passed to page.evaluate() run in the browser.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', PerformanceObserver: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Only a hint for the React Compiler, which Sextant does not use (TanStack Virtual is "incompatible").
      'react-hooks/incompatible-library': 'off',
    },
  },
  // ── Layer boundaries ──
  { plugins: { sextant: { rules: { layers } } } },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: { 'sextant/layers': 'error' },
  },
  {
    // shared/ is pure domain logic: nothing of the app, no UI or storage library, no Node.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['electron', 'react', 'react-dom', 'react-router', ...dexie].map((name) => ({
              name,
              message: 'shared/ is pure TypeScript: no UI, storage or Electron library.',
            })),
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs in the renderer too: no Node built-ins.' })),
          ],
          patterns: [{ regex: '^node:', message: 'shared/ runs in the renderer too: no Node built-ins.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: dexie.map((name) => ({ name, message: dexieMessage })) }],
    },
  },
  {
    // The OS bridge is reached only through renderer/platform.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='sextant'][object.name=/^(window|globalThis|self)$/]",
          message: 'Only renderer/platform touches window.sextant: use `platform` from renderer/platform.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    rules: {
      // Tests pass methods to expect() and mocks on purpose, read JSON and DOM nodes untyped,
      // and reject with whatever IndexedDB or the page gives them.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
);
