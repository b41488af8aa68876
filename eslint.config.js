// Lint rules that keep the design: typescript-eslint's recommended checks, no import cycles, and the
// layers of docs/DESIGN.md ("Layers") as import restrictions. A layer may import the ones below it;
// the table in docs/DESIGN.md and the rules here say the same.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Imports no file of lib/ may make: the browser, the UI, the extension's surfaces, the tests. */
const NOT_IN_LIB = [
  { group: ['wxt', 'wxt/*', '#imports'], message: 'lib/ is browser-free: browser APIs belong in entrypoints/.' },
  { group: ['preact', 'preact/*'], message: 'lib/ renders nothing: UI belongs in components/.' },
  { group: ['**/components/**', '@/components/**'], message: 'lib/ may not import components/.' },
  { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ may not import entrypoints/.' },
  { group: ['**/tests/**'], message: 'product code may not import tests/.' },
];

/** The lib/ folders above the engine's stages: only the doors (extension, command line) use them. */
const DOORS = ['../cli/*', '../report/*', '../lookup/*'];

/** `no-restricted-imports` for files of one layer: lib's own restrictions plus the given groups. */
function layer(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [...NOT_IN_LIB, ...patterns] }] } };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'screenshots/**', 'bench/tmp/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // Without these, no-cycle would not follow imports into TypeScript files.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Unused names are what the compiler's noUnused* options would catch; an underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // WXT's globals (defineBackground, defineContentScript, import.meta.env) are declared in .wxt/.
      'no-undef': 'off',
      // The sanitizers strip control characters on purpose (lib/page/clean-text.ts, safe-url.ts, imports).
      'no-control-regex': 'off',
    },
  },
  layer(['lib/**/*.ts'], []),
  // The text helpers stand alone: no other lib/ folder (the shared types excepted).
  layer(
    ['lib/text/**/*.ts'],
    [{ group: ['../*', '!../types', '!../types.ts'], message: 'lib/text imports no other lib/ folder.' }],
  ),
  // Storage keeps records; it never reaches up into the index, the analyses or the doors.
  layer(
    ['lib/store/**/*.ts'],
    [
      {
        group: ['../match/*', '../figures/*', '../sources/*', '../feeds/*', ...DOORS],
        message: 'lib/store is below the engine stages.',
      },
    ],
  ),
  // The engine's stages never reach up to the doors that combine them.
  layer(
    ['lib/{corpus,page,match,figures,sources,feeds,marks,export}/**/*.ts'],
    [{ group: DOORS, message: 'an engine stage may not import the report, lookup or command-line code.' }],
  ),
  // The shared UI knows no extension surface.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'components/ may not import entrypoints/.' },
            { group: ['**/tests/**'], message: 'product code may not import tests/.' },
          ],
        },
      ],
    },
  },
  {
    // Tests, scripts and the benchmark drive the browser and read fixtures freely.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
