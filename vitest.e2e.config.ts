import { defineConfig } from 'vitest/config';

// Browser tests: one built site, one server, files one after another (the machine has 2 cores).
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 300_000,
	},
});
