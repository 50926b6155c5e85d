import { describe, expect, it } from 'vitest';
import {
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from '../../../tests/support/model-builders.ts';
import { documentBodyMdx } from './mdx.ts';

const noLinks = (): [] => [];

describe('documentBodyMdx', () => {
	it('sets each heading of a part before the paragraph it precedes, with its contract anchor', () => {
		const part = resolutionPart(
			[paragraph('preambular', 1, [run('Recalling its resolutions,')])],
			[
				paragraph('operative', 1, [run('Decides to act;')]),
				paragraph('operative', 2, [run('Requests a report.')]),
			],
			{
				headings: [
					{ text: [run('Implementation')], before: { list: 'operative', index: 1 } },
					{ text: [run('Follow-up')], before: { list: 'operative', index: 2 } },
				],
			},
		);
		const mdx = documentBodyMdx(resolutionDocument([part]), noLinks);
		const order = [
			'Decides to act',
			'anchor="sec1"',
			'Implementation',
			'Requests a report',
			'anchor="sec2"',
			'Follow-up',
		];
		const positions = order.map((text) => mdx.indexOf(text));
		expect(positions.every((position) => position !== -1)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});
});
