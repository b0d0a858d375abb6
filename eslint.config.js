// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** A string with a letter in it: text, as opposed to ' ', '·' or '✓'. */
const TEXT = '/\\p{L}/u';

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.scratch/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The interface speaks the browser's language: its text comes from t() (lib/i18n), never
    // from a literal. The plugin catches text between tags; the selectors catch what it lets
    // through: texts in user-facing attributes of HTML elements, and string literals (plain, in
    // a ternary or after &&) or template literals placed between tags. A literal without a letter
    // (' ', '…', '✓') is not text. Props of our own components are checked where they are set
    // from the catalog (a component prop such as placeholder="example.social" is data).
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-syntax': [
        'error',
        ...[
          `JSXOpeningElement[name.name=/^[a-z]/] > JSXAttribute[name.name=/^(aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/] > Literal[value=${TEXT}]`,
          `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(Literal[value=${TEXT}], TemplateLiteral:has(TemplateElement[value.raw=${TEXT}]))`,
          `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > :matches(Literal[value=${TEXT}], TemplateLiteral:has(TemplateElement[value.raw=${TEXT}]))`,
        ].map((selector) => ({
          selector,
          message:
            'Interface text goes through t() from lib/i18n; add the key to lib/i18n/catalog.',
        })),
      ],
    },
  },
);
