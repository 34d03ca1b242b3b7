import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// The core and the editor run in the web extension host too: Node built-ins only in the files that are Node-only by design.
const otherFaces = { group: ['**/editor', '**/editor/**', '**/cli', '**/cli/**', '**/workers/**', '**/webview/**'], message: 'The core never imports the editor, the CLI, the workers or the webview.' };
const noVscode = { name: 'vscode', message: 'The core never imports vscode.' };
const nodeBuiltins = { group: ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)], message: 'No Node built-ins here: this code also runs in the web extension host.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'example/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [
            otherFaces,
            nodeBuiltins,
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/render/**', 'src/core/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [
            otherFaces,
            { group: ['../render/**', './render/**'], message: 'Only the preview reads the renderer; the checks never do.' },
            nodeBuiltins,
          ],
        },
      ],
    },
  },
  {
    // page/ is the ground floor: it reads only the Finding types of rules/types.ts.
    files: ['src/core/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode],
          patterns: [{ group: ['**/editor', '**/editor/**', '**/cli', '**/cli/**', '**/workers/**', '**/webview/**', '../dates/**', '../links/**', '../render/**', '../workspace/**', '../lint'], message: 'page/ reads no other room of the core.' }, nodeBuiltins],
        },
      ],
    },
  },
  {
    files: ['src/editor/**/*.ts', 'src/extension.ts', 'src/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins] }] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    // CommonJS files load their modules with require.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
