// ESLint for the scripts that ship in the page: the head script (src/head/), the JS the glue takes in
// (src/commit_in_turn.js) and finding an LMS's API (src/lms/), plus their unit tests (tests/head/, tests/lms/).
// The build tools and the other tests are Node scripts the test command runs anyway.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['target/', 'node_modules/', 'dist/', 'scripts/', 'tests/*', '!tests/head/', '!tests/lms/'] },
  { files: ['src/**/*.js', 'tests/head/**/*.mjs', 'tests/lms/**/*.mjs'], ...js.configs.recommended },
  {
    files: ['src/**/*.js'],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: { ...globals.browser } },
    rules: { 'no-var': 'error', 'prefer-const': 'error', eqeqeq: 'error' },
  },
  {
    files: ['tests/head/**/*.mjs', 'tests/lms/**/*.mjs'],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: { ...globals.node } },
  },
];
