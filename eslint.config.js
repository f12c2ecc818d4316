// Lint = correctness rules + the import boundaries of DESIGN.md:
// src/domain is pure (no React, MapLibre, DOM-bound app code), src/map knows no React,
// and nothing forms an import cycle.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const reactAndMap = [
  { name: 'react', message: 'src/domain is pure TypeScript: no React.' },
  { name: 'react-dom', message: 'src/domain is pure TypeScript: no React.' },
  { name: 'maplibre-gl', message: 'src/domain knows nothing of MapLibre: put it in src/map.' },
];
const upward = (dirs) => dirs.map((d) => ({ group: [`**/${d}/**`, `../${d}`, `../${d}/*`], message: `may not import from src/${d}` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'bench/results/**', 'coverage/**'] },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Never setHTML: build popups with DOM/text.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render data as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      // src/i18n is plain data (messages per validation code), so the validator may use it.
      'no-restricted-imports': ['error', { paths: reactAndMap, patterns: upward(['components', 'app', 'map', 'view-model']) }],
    },
  },
  {
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: reactAndMap.slice(0, 2).map((p) => ({ ...p, message: 'src/map knows no React.' })), patterns: upward(['components', 'app']) },
      ],
    },
  },
  {
    files: ['src/view-model/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: reactAndMap, patterns: upward(['components', 'app', 'map']) }],
    },
  },
);
