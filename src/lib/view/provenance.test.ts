import { describe, expect, it } from 'vitest';
import { sourceLinksOf } from './provenance.ts';

describe('sourceLinksOf', () => {
	it('links the Digital Library record and the official PDF the header names', () => {
		expect(
			sourceLinksOf({
				record_id: '4094779',
				source_pdf: 'https://digitallibrary.un.org/record/4094779/files/A_RES_80_10-EN.pdf',
			}),
		).toEqual([
			{
				label: 'Record in the UN Digital Library',
				href: 'https://digitallibrary.un.org/record/4094779',
			},
			{
				label: 'Official PDF',
				href: 'https://digitallibrary.un.org/record/4094779/files/A_RES_80_10-EN.pdf',
			},
		]);
	});

	it('links nothing for a document without provenance', () => {
		expect(sourceLinksOf(undefined)).toEqual([]);
	});

	it('makes no link of a record id that is not a number, or of an address off the UN’s hosts', () => {
		expect(
			sourceLinksOf({ record_id: '12"><script>', source_pdf: 'javascript:alert(1)//un.org/' }),
		).toEqual([]);
		expect(sourceLinksOf({ source_pdf: 'https://un.org.example.com/x.pdf' })).toEqual([]);
	});
});
