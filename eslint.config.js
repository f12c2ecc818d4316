// Lint = correctness rules + the house rules of docs/architecture.md:
// - the layers of src/ import downward only (LAYERS below, lowest first), and features never
//   import each other;
// - src/domain is pure (no React, MapLibre or words), src/map knows no React;
// - no import cycles (resolved as TypeScript resolves them, so a cycle through `.ts` files is seen);
// - one file-name convention: kebab-case, for .ts and .tsx alike;
// - data is rendered as text, never as HTML.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, lowest first. A folder may import the folders before it, never one after
 * it. `io` is the browser's I/O without React (fetch the region's files, save a file);
 * `convert` turns KML and shapefiles into GeoJSON for the validator (page and CLI).
 */
const LAYERS = ['domain', 'i18n', 'convert', 'io', 'map', 'view-model', 'components', 'features', 'app'];
const FEATURES = ['investor', 'embed', 'propose'];

const react = [
  { name: 'react', message: 'Only components, features and app use React.' },
  { name: 'react-dom', message: 'Only components, features and app use React.' },
  { name: 'react-dom/client', message: 'Only components, features and app use React.' },
];
const maplibre = { name: 'maplibre-gl', message: 'Only src/map (and the components that hold a map) know MapLibre.' };

/** Import patterns that reach folder `dir` of src/ from anywhere below src/. */
const reach = (dir) => [`**/src/${dir}`, `**/src/${dir}/**`, `../${dir}`, `../${dir}/**`, `../../${dir}`, `../../${dir}/**`, `../../../${dir}/**`];
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);
const upward = (layer) =>
  above(layer).map((dir) => ({ group: reach(dir), message: `src/${layer} may not import from src/${dir}: it sits above it (docs/architecture.md).` }));

const layerRules = LAYERS.filter((l) => l !== 'features' && l !== 'app').map((layer) => ({
  files: [`src/${layer}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ['domain', 'i18n', 'convert', 'io', 'view-model'].includes(layer) ? [...react, maplibre] : layer === 'map' ? react : [],
        patterns: upward(layer),
      },
    ],
  },
}));
const featureRules = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...upward('features'),
          ...FEATURES.filter((f) => f !== feature).map((other) => ({
            group: [`../${other}`, `../${other}/**`, `**/features/${other}/**`],
            message: `features do not import each other (${feature} -> ${other}): move what they share down to src/components or below.`,
          })),
        ],
      },
    ],
  },
}));

/** kebab-case file names: `map-view.tsx`, `filter-fields.ts`, `app.css`. */
const fileNames = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    const base = context.filename.split(/[\\/]/).pop() ?? '';
    const stem = base.replace(/(\.d)?\.(ts|tsx|mts|mjs|js)$/, '');
    return {
      Program(node) {
        if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/.test(stem)) {
          context.report({ node, message: `File name "${base}" is not kebab-case (e.g. "map-view.tsx"): one convention for every file (docs/architecture.md).` });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'bench/results/**', 'coverage/**'] },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX, house: { rules: { 'file-names': fileNames } } },
    settings: {
      // Both are needed for no-cycle to follow TypeScript imports: the resolver finds `./b` as
      // b.ts, the parser reads it (without one, import-x sees no imports in .ts files at all).
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Never setHTML: build popups with DOM/text.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render data as text, never as HTML.' },
      ],
    },
  },
  { files: ['src/**', 'scripts/**', 'test/**', 'bench/**'], rules: { 'house/file-names': 'error' } },
  ...layerRules,
  ...featureRules,
);
