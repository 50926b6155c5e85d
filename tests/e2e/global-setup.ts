/**
 * Builds the site once for every browser test and serves it; the tests get its origin.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/site-files.ts';
import { serveStatic } from '../support/static-server.ts';

const site = 'test-results/e2e-site';

declare module 'vitest' {
	export interface ProvidedContext {
		origin: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	buildSite(site);
	const { server, origin } = await serveStatic(site);
	project.provide('origin', origin);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
