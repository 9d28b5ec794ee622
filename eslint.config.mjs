// ESLint for the whole workspace (apps/*, libs/*, tools/*), run by `npm run lint` and by `npm test`.
// - typescript-eslint `recommended`, not type-aware: `recommendedTypeChecked` took 2 min 57 s and 2 GB of memory on the
//   shared 2-core machine (this config: ~40 s, 0.5 GB), and 90% of its ~1000 reports are no-unsafe-* on untyped SQL rows.
// - Nx module boundaries from the project tags (project.json), encoding ../shared/style.md "Layout".
// - Inside the API: repositories own queries (no SQL / TypeORM in controllers and services).
import js from '@eslint/js';
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// @nx/enforce-module-boundaries reads the CACHED project graph (and silently skips when there is none, e.g. in a fresh
// clone): compute it now (~3 s) so that the tags checked are the ones in the project.json files on disk.
await createProjectGraphAsync({ exitOnError: true });

/** Libraries the API must never load: React and the web libraries (the i18n index loads react-i18next). */
const API_WIDE_IMPORTS = [
  { name: '@opencpi/i18n', message: 'The i18n index loads react-i18next: give the API a browser-free entry point first (issue 12, server-side texts).' },
  { name: 'design-react-kit', message: 'Web library: not in the API.' },
];
const API_WIDE_PATTERNS = [{ regex: '^react(-.*)?(/.*)?$', message: 'Web library: not in the API.' }];

/** SQL and TypeORM query calls: they belong in `*.repository.ts` ("repositories query", style.md rule 2). */
const QUERY_CALLS = [
  { selector: "CallExpression[callee.property.name='query']", message: 'SQL belongs in the module repository (*.repository.ts), not here.' },
  { selector: "CallExpression[callee.property.name='createQueryBuilder']", message: 'Query builders belong in the module repository (*.repository.ts).' },
  { selector: "CallExpression[callee.property.name='getRepository']", message: 'TypeORM repositories belong in the module repository (*.repository.ts).' },
  { selector: "CallExpression[callee.name='queryPrepared']", message: 'SQL belongs in the module repository (*.repository.ts), not here.' },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', '**/coverage/**', '.nx/**', '.data/**', 'apps/e2e/artifacts/**'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberate (e.g. `const { removed: _removed, ...rest } = x` to drop a key)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      // `cond ? ok++ : errors++;` is the counting idiom of the bench harness
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
    },
  },
  // Node scripts (tools, e2e setup, configs): Node globals; CommonJS files may `require`.
  { files: ['**/*.{mjs,cjs,js,mts}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },

  // ---- Module boundaries (tags in each project.json) --------------------------------------------------------
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    // tool configs (jest, vite, jest global setup) load shared helpers from tools/: not the project's code
    ignores: ['**/jest.config.ts', '**/vite.config.mts', 'apps/e2e/global-*.mjs'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // the API: shared contracts and utilities only (never ui, api-client, nor an SPA)
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            // the SPAs: web libraries and shared ones, never another app (apps cannot be imported at all)
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:ui', 'type:client', 'type:contracts', 'type:util'] },
            // contracts: no workspace project, and of npm packages only the two validation libraries
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: [],
              allowedExternalImports: ['class-validator', 'class-transformer', 'class-transformer/cjs/storage' /* read by dto-policy.spec.ts */],
            },
            // ui: shared things; it also renders the client's problem+json errors (ApiProblem) and login URLs
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:client'] },
            { sourceTag: 'type:client', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            // browser tests drive the built apps over HTTP; they may share contracts and utilities only
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
          ],
        },
      ],
    },
  },
  // The SPAs load contracts' types from the index, and runtime values only through the browser entry point
  // (@opencpi/contracts/browser: DTO classes for the forms' class-validator resolver, enums; nothing node-only).
  {
    files: ['apps/citizen-web/**/*.{ts,tsx}', 'apps/operator-web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@opencpi/contracts',
              allowTypeImports: true,
              message:
                'SPAs import contracts with `import type`; runtime values (the DTO classes the forms validate with, enums) come from the browser entry point @opencpi/contracts/browser.',
            },
          ],
        },
      ],
    },
  },

  // ---- Inside the API: repositories own queries ------------------------------------------------------------
  {
    files: ['apps/api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: API_WIDE_IMPORTS, patterns: API_WIDE_PATTERNS }] },
  },
  {
    // controllers translate: no TypeORM at all, no DataSource / EntityManager, no SQL
    files: ['apps/api/src/**/*.controller.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...API_WIDE_IMPORTS,
            { name: 'typeorm', message: 'Controllers translate: call the module service (repositories own queries).' },
            { name: '@nestjs/typeorm', message: 'Controllers translate: call the module service (repositories own queries).' },
          ],
          patterns: API_WIDE_PATTERNS,
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...QUERY_CALLS,
        { selector: 'Identifier[name=/^(DataSource|EntityManager)$/]', message: 'Controllers translate: no DataSource / EntityManager (repositories own queries).' },
      ],
    },
  },
  {
    // services decide: they may hold a transaction's EntityManager (to hand it to repositories), nothing else of TypeORM
    files: ['apps/api/src/**/*.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...API_WIDE_IMPORTS,
            {
              name: 'typeorm',
              allowImportNames: ['EntityManager'],
              message: 'Services may only pass an EntityManager to repositories; queries and TypeORM repositories live in *.repository.ts.',
            },
            { name: '@nestjs/typeorm', message: 'Inject the module repository, not a DataSource or a TypeORM repository.' },
          ],
          patterns: API_WIDE_PATTERNS,
        },
      ],
      'no-restricted-syntax': ['error', ...QUERY_CALLS],
    },
  },
);
