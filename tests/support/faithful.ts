/**
 * The fidelity check every parser's tests share: the model plus what it set aside is the seed.
 */
import { expect } from 'vitest';
import { documentPiecesInSeedOrder, lettersAndDigits } from '../../src/lib/fidelity.ts';
import type { UnDocument } from '../../src/lib/model.ts';

/**
 * The model plus what it set aside is the text, word for word; each piece stands at its place in
 * the seed, and no two pieces claim the same characters.
 */
export function expectFaithful(document: UnDocument, text: string): void {
	const lines = text.split(/\r\n|\n|\r/);
	const pieces = documentPiecesInSeedOrder(document);
	expect(lettersAndDigits(pieces.map((piece) => piece.text).join(''))).toBe(lettersAndDigits(text));
	for (const piece of pieces) {
		const found = (lines[piece.at.line - 1] ?? '')
			.slice(piece.at.column - 1)
			.startsWith(piece.text);
		expect(found, `"${piece.text}" at ${piece.at.line}:${piece.at.column}`).toBe(true);
	}
	for (const [index, piece] of pieces.entries()) {
		const next = pieces[index + 1];
		if (next === undefined || next.at.line !== piece.at.line) continue;
		expect(
			piece.at.column + piece.text.length,
			`"${piece.text}" overlaps "${next.text}"`,
		).toBeLessThanOrEqual(next.at.column);
	}
}
