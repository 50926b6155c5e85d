// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores(['dist/', 'dist.*/', '.astro/', 'bench-results/', 'test-results/', 'content/']),
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	{
		// dependency-cruiser does not read .astro files: hold them, and the site's modules, to the
		// same direction here.
		files: ['src/{pages,components,layouts,site}/**/*.{ts,astro}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/lib/parse/**'],
							message: 'Pages and components render the model; they never parse a seed.',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(astro:|virtual:)',
							message: 'src/lib/ is pure: its inputs come in as arguments, not from Astro.',
						},
					],
				},
			],
		},
	},
	{
		// The parsers tell a binary seed from text by its control characters.
		files: ['src/lib/parse/**/*.ts'],
		rules: { 'no-control-regex': 'off' },
	},
	{
		// Outside Astro's own language tools the template of an .astro file has no JSX types, so every
		// expression in it reads as `any`; `npm run check` (astro check) type-checks these files.
		files: ['**/*.astro'],
		// astro-eslint-parser reads the TypeScript project itself and knows no project service.
		languageOptions: { parserOptions: { projectService: false, project: true } },
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		// The config files are plain JavaScript that the TypeScript project does not include.
		files: ['**/*.{js,mjs,cjs}'],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { globals: { ...globals.node } },
	},
);
