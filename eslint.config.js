// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['**/dist/', '**/.astro/', 'test/.tmp/', 'bench/.work/', 'reports/', '.stryker-tmp/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly', URL: 'readonly' } },
		// `const { dropped: _dropped, ...rest }` leaves a key out on purpose.
		rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }] },
	},
	{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
	// Scripts that run in the reader's browser.
	{
		files: ['integration/search/{client,loader}.ts', 'test/fixtures/*/public/*.js'],
		languageOptions: { globals: { document: 'readonly', window: 'readonly', localStorage: 'readonly', matchMedia: 'readonly', addEventListener: 'readonly' } },
	},
);
