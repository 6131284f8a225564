// Lint: typescript-eslint with type information, plus the import directions of docs/STYLE.md §3.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** One no-restricted-imports rule from a list of [regex, why] pairs. */
const forbid = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }],
});

const NODE = ['^node:', 'Node built-ins belong in helper/ (and tests).'];
const POLYFILL = ['^webextension-polyfill$', 'Only extension/platform/ names the WebExtension API.'];
const IDB = ['^idb$', 'Only extension/storage/ opens IndexedDB.'];
const WS = ['^ws$', 'Only the helper speaks to AusweisApp.'];
const PREACT = ['^preact', 'UI code lives in popup/ and confirm/.'];
const EXTENSION = ['(^|/)extension/', 'The helper and shared/ never import extension code.'];
const HELPER = ['(^|/)helper/', 'Only the helper imports helper code.'];

const NO_ENUM = { selector: 'TSEnumDeclaration', message: 'Use an as-const object and a union type (docs/STYLE.md P5).' };
/** Entry files only wire (docs/STYLE.md P2): no logic of their own, no module state, nothing long. */
const WIRING_ONLY = [
  'FunctionDeclaration',
  'ClassDeclaration',
  "Program > VariableDeclaration[kind='let']",
  'ForStatement',
  'ForOfStatement',
  'ForInStatement',
  'WhileStatement',
  'DoWhileStatement',
  'SwitchStatement',
  'TryStatement',
].map((selector) => ({ selector, message: 'Entry files only wire: move this into a module named after what it does (docs/STYLE.md P2).' }));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo-output/', 'test-output/', '.tmp/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': ['error', NO_ENUM],
    },
  },
  {
    files: ['extension/*/main.ts', 'extension/*/main.tsx', 'helper/main.ts'],
    rules: { 'max-lines': ['error', { max: 59 }], 'no-restricted-syntax': ['error', NO_ENUM, ...WIRING_ONLY] },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['scripts/**', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/vocabulary/**'],
    rules: forbid(NODE, POLYFILL, IDB, WS, PREACT, EXTENSION, HELPER, ['(^|/)(domain|protocol)/', 'Vocabulary imports only vocabulary.']),
  },
  {
    files: ['shared/domain/**'],
    rules: forbid(NODE, POLYFILL, IDB, WS, PREACT, EXTENSION, HELPER, ['(^|/)protocol/', 'Domain does not import protocol.']),
  },
  { files: ['shared/protocol/**'], rules: forbid(NODE, POLYFILL, IDB, WS, PREACT, EXTENSION, HELPER) },
  { files: ['helper/**'], rules: forbid(POLYFILL, IDB, PREACT, EXTENSION) },
  { files: ['extension/manifest/**'], rules: forbid(['^\\.\\.?/\\.\\.', 'The manifest maker imports nothing of ours.']) },
  {
    files: ['extension/content/**'],
    rules: forbid(NODE, POLYFILL, IDB, WS, HELPER, [
      '(^|/)(background|storage|popup|confirm|options)/',
      'Content scripts import only shared/, platform/ and content/.',
    ]),
  },
  {
    files: ['extension/popup/**', 'extension/options/**', 'extension/confirm/**', 'extension/ui/**'],
    rules: forbid(NODE, POLYFILL, IDB, WS, HELPER, [
      '(^|/)(background|storage|content)/',
      'Extension pages talk to the background by message only.',
    ]),
  },
  {
    files: ['extension/background/**'],
    rules: forbid(NODE, POLYFILL, IDB, WS, HELPER, ['(^|/)(content|popup|confirm|options)/', 'The background imports no page code.']),
  },
  {
    files: ['extension/storage/**'],
    rules: forbid(NODE, POLYFILL, WS, HELPER, ['(^|/)(background|content|popup|confirm|options)/', 'Storage sits below the background.']),
  },
  {
    files: ['extension/platform/**'],
    rules: forbid(NODE, IDB, WS, HELPER, [
      '(^|/)(background|storage|content|popup|confirm|options)/',
      'Platform sits below everything else.',
    ]),
  },
);
