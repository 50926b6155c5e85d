import { describe, expect, it } from 'vitest';
import { citationMetaTags } from './citation-meta.ts';

const report = {
	symbol: 'A/67/97',
	body: 'Secretary-General' as const,
	documentType: 'report' as const,
	title: 'Follow-up to the Twelfth United Nations Congress',
	date: '2012',
};

describe('citationMetaTags', () => {
	it('gives the title, the body as author, the date as stated and the symbol as number', () => {
		const tags = new Map(
			citationMetaTags(report, undefined, null).map((tag) => [tag.name, tag.content]),
		);
		expect(tags.get('citation_title')).toBe(report.title);
		expect(tags.get('citation_author')).toBe('Secretary-General');
		expect(tags.get('citation_publication_date')).toBe('2012');
		expect(tags.get('citation_technical_report_number')).toBe('A/67/97');
		expect(tags.get('citation_publisher')).toBe('United Nations');
		expect(tags.has('citation_pdf_url')).toBe(false);
		expect(tags.has('citation_abstract_html_url')).toBe(false);
	});

	it('names the official PDF only on a UN host, and the page only at its public address', () => {
		const day = { ...report, date: '2025-09-08' };
		const official = citationMetaTags(
			day,
			{ source_pdf: 'https://digitallibrary.un.org/record/1/files/A_RES_80_1-EN.pdf' },
			'https://example.org/A/67/97/',
		);
		expect(official).toContainEqual({
			name: 'citation_pdf_url',
			content: 'https://digitallibrary.un.org/record/1/files/A_RES_80_1-EN.pdf',
		});
		expect(official).toContainEqual({ name: 'citation_publication_date', content: '2025/09/08' });
		expect(official).toContainEqual({
			name: 'citation_abstract_html_url',
			content: 'https://example.org/A/67/97/',
		});
		const elsewhere = citationMetaTags(day, { source_pdf: 'https://evil.example/x.pdf' }, null);
		expect(elsewhere.some((tag) => tag.name === 'citation_pdf_url')).toBe(false);
	});
});
