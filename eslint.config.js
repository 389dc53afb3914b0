// ESLint for the scripts that ship in the page: the head script (src/head/) and the JS the glue takes in
// (src/commit_in_turn.js), plus the head script's unit tests (tests/head/). The build tools and the other tests are
// Node scripts the test command runs anyway.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['target/', 'node_modules/', 'dist/', 'scripts/', 'tests/*', '!tests/head/'] },
  { files: ['src/**/*.js', 'tests/head/**/*.mjs'], ...js.configs.recommended },
  {
    files: ['src/**/*.js'],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: { ...globals.browser } },
    rules: { 'no-var': 'error', 'prefer-const': 'error', eqeqeq: 'error' },
  },
  {
    files: ['tests/head/**/*.mjs'],
    languageOptions: { ecmaVersion: 2025, sourceType: 'module', globals: { ...globals.node } },
  },
];
