/**
 * How pages name things, in the UN's words: sessions, congresses, a document's kind.
 */
import type { DocumentMeta } from '../model.ts';
import { ordinalWords } from './ordinals.ts';

function capitalized(words: string): string {
	return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * A label as a heading starts: its first letter in upper case, the rest as the text writes it. A
 * label that opens with a quotation mark is a quotation, and is left as quoted.
 * @example capitalizedFirst('meeting of the Intergovernmental Group of Experts') // 'Meeting of the Intergovernmental Group of Experts'
 */
export function capitalizedFirst(label: string): string {
	return /^\p{Ll}/u.test(label) ? capitalized(label) : label;
}

/**
 * A session as the UN names it.
 * @example sessionName(65) // 'Sixty-fifth session'
 */
export function sessionName(session: number): string {
	return `${capitalized(ordinalWords(session))} session`;
}

/**
 * A congress as the titles shorten its name.
 * @example congressName(12) // 'Twelfth Congress'
 */
export function congressName(congress: number): string {
	return `${capitalized(ordinalWords(congress))} Congress`;
}

/**
 * What the UN calls a document: a resolution by its number as printed before its title, otherwise
 * its type.
 * @example documentKindLabel({ documentType: 'resolution', resolutionNumber: '65/230' }) // 'Resolution 65/230'
 */
export function documentKindLabel(
	meta: Pick<DocumentMeta, 'documentType' | 'resolutionNumber'>,
): string {
	const type = capitalized(meta.documentType);
	return meta.resolutionNumber === null ? type : `${type} ${meta.resolutionNumber}`;
}
