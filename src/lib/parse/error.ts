/** A seed that cannot be read faithfully: names the file and line and says what is wrong. */
export class ParseError extends Error {
	readonly file: string;
	readonly line: number;
	readonly reason: string;

	constructor(file: string, line: number, reason: string, options?: ErrorOptions) {
		super(`${file}:${line}: ${reason}`, options);
		this.name = 'ParseError';
		this.file = file;
		this.line = line;
		this.reason = reason;
	}
}

/** Something odd but safe in a seed, reported and not fatal. */
export interface ParseWarning {
	file: string;
	line: number;
	message: string;
}

/** What a parser returns: the document and what it noticed on the way. */
export interface ParseResult<T> {
	document: T;
	warnings: ParseWarning[];
}
