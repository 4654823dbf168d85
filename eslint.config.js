// ESLint flat config: type-unaware typescript-eslint rules, React hooks rules and the import boundaries
// from STYLE.md ("only map/ imports maplibre-gl or deck.gl; only charts/ imports recharts; no React or
// map code in contract/, domain/, geo/"; stijl/ is held to the same rule).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const MAP_LIBS = {
  group: ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*'],
  message: 'Only src/map/ may import maplibre-gl or deck.gl.',
};
const CHART_LIBS = {
  group: ['recharts', 'recharts/*'],
  message: 'Only src/charts/ may import recharts.',
};
const REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'contract/, domain/, geo/ and stijl/ are pure TypeScript: no React.',
};
const UI_FOLDERS = {
  regex: String.raw`^(\.\./)+(map|panels|app|api|charts|scan)(/|$)`,
  message: 'contract/, domain/, geo/ and stijl/ may not depend on map, panels, app, api, charts or scan.',
};
const BUILD_TIME = {
  group: ['mapshaper', 'polylabel', '**/scripts/**'],
  message:
    'Build-time code (scripts/, the geography importer, mapshaper, polylabel) stays out of the browser: src/ may not import it.',
};

const UPWARD_FROM_MAP = {
  regex: String.raw`^(\.\./)+(panels|app)(/|$)`,
  message: 'Dependencies point map <- panels <- app: map/ may not import panels/ or app/.',
};
const UPWARD_FROM_PANELS = {
  regex: String.raw`^(\.\./)+app(/|$)`,
  message:
    'Dependencies point map <- panels <- app: panels/ may not import app/ (tests and test-hulp.tsx may).',
};

/** Later entries replace the rule options of earlier ones, so each folder gets its complete list. */
function restrict(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      'node_modules/',
      'public/',
      'coverage/',
      'test-results/',
      'bench-results/',
      '.scratch*/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  // Import boundaries, from broad to specific.
  { files: ['src/**/*.{ts,tsx}'], rules: restrict(MAP_LIBS, CHART_LIBS, BUILD_TIME) },
  { files: ['src/map/**/*.{ts,tsx}'], rules: restrict(CHART_LIBS, UPWARD_FROM_MAP, BUILD_TIME) },
  {
    files: ['src/panels/**/*.{ts,tsx}'],
    ignores: ['src/panels/**/*.test.{ts,tsx}', 'src/panels/test-hulp.tsx'],
    rules: restrict(MAP_LIBS, CHART_LIBS, UPWARD_FROM_PANELS, BUILD_TIME),
  },
  { files: ['src/charts/**/*.{ts,tsx}'], rules: restrict(MAP_LIBS, BUILD_TIME) },
  {
    files: ['src/{contract,domain,geo,stijl}/**/*.{ts,tsx}'],
    rules: restrict(REACT, MAP_LIBS, CHART_LIBS, UI_FOLDERS, BUILD_TIME),
  },
);
