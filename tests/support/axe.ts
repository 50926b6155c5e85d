/**
 * Runs axe-core in a page and returns its violations, each as "rule: target".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

interface AxeViolation {
	id: string;
	nodes: { target: unknown[] }[];
}

/** The accessibility violations axe finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async () => {
		const axe = (
			globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
		).axe;
		return (await axe.run()).violations;
	});
	return violations.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
	);
}
