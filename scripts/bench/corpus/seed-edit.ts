/**
 * The edit the benchmark makes to one seed to time an incremental convert: a few words added to its
 * first numbered paragraph, so the document's text changes and nothing else about it.
 */

/** The words the edit adds. */
export const addedWords = ', as a matter of priority';

/**
 * The seed text with words added before the closing punctuation of its first ODS operative paragraph.
 * @example withOneParagraphEdited('\t1.\tDecides to act;2') // '\t1.\tDecides to act, as a matter of priority;2'
 */
export function withOneParagraphEdited(text: string): string {
	const edited = text.replace(/^(\t1\.\t.*?)([;:.]\d*)$/m, `$1${addedWords}$2`);
	if (edited === text) throw new Error('no ODS operative paragraph 1 to edit');
	return edited;
}
