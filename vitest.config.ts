import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		// Whole-build tests run Astro; give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
