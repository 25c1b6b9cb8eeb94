import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// HTML sinks: page text must reach our UI as text nodes only (ARCHITECTURE.md, safety).
const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text must never reach an HTML sink: build nodes or use textContent.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]", message: 'No HTML sinks: build nodes or use textContent.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks: render text.' },
  { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'Extensions may not run generated code.' },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'bench/.build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests build their fixture pages from their own constant markup.
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Node scripts: the demo, the test runner, the real-browser test support and tools/.
    files: ['tests/**/*.mjs', 'tests/e2e/**/*.ts', 'bench/*.mjs', 'tools/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
