// Lint for soilhub: typescript-eslint's recommended rules, no import cycles and layering (import-x), over src/, test/,
// migrations/ and the pages' browser files. `npm run lint`; .ci/run runs it before the tests.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/** The domain folders: everything generic sits below them. */
const DOMAINS = ['environment', 'agriculture', 'land', 'planning', 'plan', 'decision', 'submission', 'disclosure'].map((d) => `./src/${d}`);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test/e2e/screenshots/**', 'src/plan/data/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...importX.flatConfigs.typescript,
    settings: { ...importX.flatConfigs.typescript.settings, 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Generic layers get what they need through the context: they import no domain and not the registry.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/graphql', './src/common'],
              from: [...DOMAINS, './src/reference', './src/registry', './src/http'],
              message: 'generic layer: take it from the context',
            },
            {
              target: './src/sharing/policy',
              from: [...DOMAINS, './src/registry', './src/http'],
              message: 'the policy engine is given the declarations (Policy), it does not import them',
            },
            { target: './src/db', from: [...DOMAINS, './src/reference', './src/http', './src/graphql'], message: 'the database layer knows no domain' },
          ],
        },
      ],
      // Raw SQL rows and GraphQL test bodies are untyped by nature; the compiler checks the rest.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        sessionStorage: 'readonly',
        localStorage: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        FormData: 'readonly',
        Intl: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        history: 'readonly',
        location: 'readonly',
        React: 'readonly',
        ReactDOM: 'readonly',
        GraphiQL: 'readonly',
        Event: 'readonly',
        AbortController: 'readonly',
        navigator: 'readonly',
        CustomEvent: 'readonly',
        dispatchEvent: 'readonly',
      },
    },
  },
  {
    files: ['web/graphiql/*.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: ['web/**'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
