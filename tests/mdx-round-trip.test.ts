/**
 * The converter's MDX read back as pages read it (`documentTextOf`): the same components in the same
 * order, and any text, however hostile to MDX, Markdown or HTML, back as the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentMdx } from '../src/lib/emit/mdx.ts';
import { documentTextOf, type TextNode } from '../src/lib/view/document-text.ts';
import {
	call,
	paragraph,
	resolutionDocument,
	resolutionPart,
	run,
} from './support/model-builders.ts';

const noLinks = () => [];

function mdxOf(texts: readonly string[]): string {
	const document = resolutionDocument(
		[
			resolutionPart(
				texts.map((text, index) => paragraph('preambular', index + 1, [run(text)])),
				[paragraph('operative', 1, [run('Requests a report;'), call(1)], 'Requests')],
			),
		],
		{ footnotes: [{ number: 1, content: [run('A footnote.')], at: { line: 9999, column: 1 } }] },
	);
	return documentMdx(document, {
		seedPath: 'seeds/test.txt',
		cites: [],
		citesWithoutSymbol: [],
		linksIn: noLinks,
	});
}

/** The components of a tree, depth first, with their `anchor` prop where they have one. */
function componentsOf(nodes: readonly TextNode[]): string[] {
	return nodes.flatMap((node) =>
		node.kind === 'text'
			? []
			: [
					...(node.kind === 'component'
						? [
								node.props['anchor'] === undefined
									? node.name
									: `${node.name}#${node.props['anchor']}`,
							]
						: []),
					...componentsOf(node.children),
				],
	);
}

/** The text a node holds, as a reader would select it. */
function textOf(node: TextNode | undefined): string {
	if (node === undefined) return '';
	return node.kind === 'text' ? node.value : node.children.map(textOf).join('');
}

function findComponent(nodes: readonly TextNode[], anchor: string): TextNode | undefined {
	for (const node of nodes) {
		if (node.kind === 'text') continue;
		if (node.kind === 'component' && node.props['anchor'] === anchor) return node;
		const found = findComponent(node.children, anchor);
		if (found !== undefined) return found;
	}
	return undefined;
}

describe('the MDX the converter writes, read as pages read it', () => {
	it('reads the components the converter writes, in order, with their attributes as props', () => {
		const text = documentTextOf(mdxOf(['Recalling its resolution,']), 'a-res-99-1.mdx');
		expect(componentsOf(text)).toEqual([
			'Part#part-resolution',
			'Opening',
			'Paragraph#pp1',
			'Paragraph#op1',
			'FootnoteCall',
			'Closing',
			'Footnotes',
			'Footnote#fn1',
		]);
		expect(findComponent(text, 'pp1')).toMatchObject({
			props: { citation: 'A/RES/99/1, preambular para. 1', share: '/A/RES/99/1/pp1/' },
		});
	});

	it('gives back any text as text, character for character, whatever it means to MDX, Markdown or HTML', () => {
		const piece = fc.constantFrom(
			'{1 + 1}',
			'<script>alert(1)</script>',
			'import x from "y"',
			'export const a = 1',
			'*emphasis*',
			'[link](https://evil.example)',
			'<Ref href="https://evil.example">x</Ref>',
			'&amp;',
			'# heading',
			'\\',
			'`',
			'“quoted”',
			'word',
			' ',
		);
		const text = fc
			.array(piece, { minLength: 1, maxLength: 10 })
			.map((pieces) => pieces.join('').replace(/\s+/g, ' ').trim())
			.filter((value) => value !== '');
		fc.assert(
			fc.property(text, (value) => {
				const tree = documentTextOf(mdxOf([value]), 'a-res-99-1.mdx');
				return textOf(findComponent(tree, 'pp1')) === value;
			}),
			{ numRuns: 150, seed: 20261202 },
		);
	});
});
