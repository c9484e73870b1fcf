import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'tmp/',
			'bench/results*',
			'bench/bare/.svelte-kit/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The bare page the benchmark measures as a floor is its own SvelteKit project, outside the tsconfig.
		files: ['bench/bare/**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } }
	},
	// The layers (DESIGN.md, architecture): ui and db know nothing above them; state knows no feature; the domain is
	// pure. Relative paths that climb into another layer count too. Cycles between feature folders are caught by
	// tests/unit/layers.test.ts.
	{
		files: ['src/lib/ui/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [layer('features', 'state', 'db')] }] }
	},
	{
		files: ['src/lib/db/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [layer('features', 'state', 'ui')] }] }
	},
	{
		files: ['src/lib/state/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						layer('features'),
						{ regex: '^(\\.\\./)+routes(/|$)', message: 'State serves the routes, never imports them.' }
					]
				}
			]
		}
	},
	{
		// The domain is pure: no Svelte, no Dexie, no browser globals, no clock or randomness of its own: the time and
		// any random value come in as arguments (DESIGN.md, architecture).
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*', 'dexie', 'dexie/*', '$app/*'], message: 'The domain is pure.' },
						layer('db', 'state', 'features', 'ui')
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'The domain reads no clock: take the time as an argument.'
				},
				{
					selector: "CallExpression[callee.name='Date']",
					message: 'The domain reads no clock: take the time as an argument.'
				}
			],
			'no-restricted-properties': [
				'error',
				...[
					['Date', 'now'],
					['performance', 'now'],
					['Math', 'random'],
					['crypto', 'randomUUID'],
					['crypto', 'getRandomValues']
				].map(([object, property]) => ({
					object,
					property,
					message: 'The domain reads no clock and makes no randomness of its own: take it as an argument.'
				}))
			]
		}
	}
);

/** A no-restricted-imports pattern for the named folders of src/lib, through $lib or a relative path. */
function layer(/** @type {string[]} */ ...folders) {
	return {
		regex: `^(\\$lib/|(\\.\\./)+)(${folders.join('|')})(/|$)`,
		message: `This layer may not import ${folders.join(', ')} (DESIGN.md, architecture).`
	};
}
