import { describe, expect, it } from 'vitest';
import { sourceLinesOf, textLinesOf } from './lines.ts';
import { reportFrontOf } from './report-front.ts';

const frontOf = (text: string) =>
	reportFrontOf(textLinesOf(sourceLinesOf(text, 'x.txt'), new Set()));

describe('reportFrontOf', () => {
	it('reads the title over its lines, the heading and the summary heading', () => {
		const front = frontOf(
			'Follow-up to the Twelfth\nUnited Nations Congress\n\n Report of the Secretary-General\n\nSummary\nThe present report.\n1. In its resolution.',
		);
		expect(front.meta).toEqual({
			documentType: 'report',
			title: 'Follow-up to the Twelfth United Nations Congress',
			body: 'Secretary-General',
		});
		expect(front.heading).toEqual({
			kind: 'text',
			text: 'Report of the Secretary-General',
			at: { line: 4, column: 2 },
		});
		expect(front.summaryHeading?.at).toEqual({ line: 6, column: 1 });
		expect(front.rest.map((line) => line.text)).toEqual([
			'The present report.',
			'1. In its resolution.',
		]);
		expect(front.setAside.map((piece) => [piece.rule, piece.what, piece.at.line])).toEqual([
			['metadata', 'title', 1],
			['metadata', 'title', 2],
		]);
	});

	it('reads a title that begins "Report of the" as the title, not the heading', () => {
		const front = frontOf('Report of the Secretary-General\n\n1. In its resolution.');
		expect(front.meta.title).toBe('Report of the Secretary-General');
		expect(front.heading).toBeNull();
	});

	it('takes the first block as the title where no heading follows', () => {
		const front = frontOf('A title\non two lines\n\nAn unnumbered passage.\n1. A paragraph.');
		expect(front.meta.title).toBe('A title on two lines');
		expect(front.rest.map((line) => line.text)).toEqual([
			'An unnumbered passage.',
			'1. A paragraph.',
		]);
	});

	it('finds no title where the text starts with a paragraph', () => {
		expect(frontOf('1. A paragraph.').meta).toEqual({ documentType: 'report' });
	});

	it('names no author for a heading by someone else', () => {
		expect(frontOf('Title\n\nNote by the Secretariat\n\n1. Text.').meta.body).toBeUndefined();
	});
});
