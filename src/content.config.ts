/**
 * The documents collection: the front-matter of the MDX files the converter writes into content/.
 *
 * The schema is strict, so a wrong or unknown front-matter field fails the build and names the file.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentDirectory } from './site/content-directory.ts';
import { generatedDocuments } from './site/documents-loader.ts';

const IsoDateSchema = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

const CommitteeReportSchema = z.strictObject({
	committee: z.string(),
	printed: z.string(),
	symbol: z.string(),
});

const SymbolSchema = z
	.string()
	.regex(/^[A-Z]+(\/[A-Za-z0-9.()-]+)+$/, 'a UN document symbol such as A/RES/64/180');

/** The front-matter of a generated document (see DocumentFrontmatter in src/lib/emit/mdx.ts). */
export const DocumentFrontmatterSchema = z.strictObject({
	symbol: SymbolSchema,
	body: z.enum(['General Assembly', 'Economic and Social Council', 'Secretary-General']),
	documentType: z.enum(['resolution', 'report']),
	title: z.string().min(1),
	resolutionNumber: z.string().nullable(),
	date: IsoDateSchema,
	session: z.number().int().positive().nullable(),
	agendaItem: z.string().nullable(),
	plenaryMeeting: z.number().int().positive().nullable(),
	committeeReport: CommitteeReportSchema.nullable(),
	distributionDate: IsoDateSchema.nullable(),
	jobNumber: z.string().nullable(),
	draftResolution: SymbolSchema.optional(),
	seed: z.string(),
	cites: z.array(SymbolSchema),
	citesWithoutSymbol: z.array(z.string().min(1)),
	provenance: z.record(z.string(), z.string()).optional(),
});

export const collections = {
	documents: defineCollection({
		loader: generatedDocuments(contentDirectory),
		schema: DocumentFrontmatterSchema,
	}),
};
