import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'No innerHTML: build DOM with text nodes or Preact.',
  },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'No document.write.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "Property[key.name='innerHTML']", message: 'No innerHTML.' },
];

/** jsdom (the CLI) reads a live collection's items in time that grows with the page. */
const liveLists = [
  {
    selector:
      "CallExpression[callee.object.name='Array'][callee.property.name='from'] > CallExpression.arguments[callee.property.name=/^getElementsBy/]",
    message: 'Array.from over a live collection is quadratic in jsdom (the CLI): use querySelectorAll.',
  },
  {
    selector: 'ForOfStatement > CallExpression.right[callee.property.name=/^getElementsBy/]',
    message: 'Looping over a live collection is quadratic in jsdom (the CLI): use querySelectorAll.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks, ...liveLists],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message:
                'Dexie belongs to lib/db/ and extension pages (background, popup, options), never a content script.',
            },
          ],
        },
      ],
    },
  },
  {
    // Where Dexie may be imported: the data layer, the background and extension pages, tests.
    files: [
      'lib/db/**',
      'entrypoints/background/**',
      'entrypoints/popup/**',
      'entrypoints/options/**',
      'tests/**',
      'bench/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // lib/text is pure: strings in, data out. No DOM, no extension APIs.
    files: ['lib/text/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'browser',
          'chrome',
          'navigator',
          'location',
          'Node',
          'Element',
          'HTMLElement',
        ].map((name) => ({
          name,
          message: 'lib/text is pure string → data: no DOM or browser APIs.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/*', 'wxt', 'dexie', '**/dom/**', '**/extract/**'],
              message: 'lib/text imports nothing outside pure code.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...htmlSinks, ...liveLists],
    },
  },
);
