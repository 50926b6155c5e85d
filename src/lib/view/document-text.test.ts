import { describe, expect, it } from 'vitest';
import { documentTextOf, textMarkupOf } from './document-text.ts';

const frontMatter = '---\nsymbol: A/RES/99/1\ntitle: T\n---\n';
const closing = [
	'<Closing>',
	'  65th plenary meeting\\',
	'  18 December 2009',
	'</Closing>',
	'',
].join('\n');

describe('documentTextOf', () => {
	it('reads paragraphs, lead phrases, line breaks and components with their attributes as props', () => {
		const body = [
			'<Paragraph anchor="pp1" citation="A/RES/99/1, preambular para. 1">',
			'  *Recalling* its <Ref href="/A/RES/64/180/#op5">resolution 64/180</Ref>,',
			'</Paragraph>',
			'',
			closing,
		].join('\n');
		expect(documentTextOf(`${frontMatter}${body}`, 'a.mdx')).toEqual([
			{
				kind: 'component',
				name: 'Paragraph',
				props: { anchor: 'pp1', citation: 'A/RES/99/1, preambular para. 1' },
				children: [
					{
						kind: 'element',
						tag: 'p',
						children: [
							{ kind: 'element', tag: 'em', children: [{ kind: 'text', value: 'Recalling' }] },
							{ kind: 'text', value: ' its ' },
							{
								kind: 'component',
								name: 'Ref',
								props: { href: '/A/RES/64/180/#op5' },
								children: [{ kind: 'text', value: 'resolution 64/180' }],
							},
							{ kind: 'text', value: ',' },
						],
					},
				],
			},
			{ kind: 'text', value: '\n' },
			{
				kind: 'component',
				name: 'Closing',
				props: {},
				children: [
					{
						kind: 'element',
						tag: 'p',
						children: [
							{ kind: 'text', value: '65th plenary meeting' },
							{ kind: 'element', tag: 'br', children: [] },
							{ kind: 'text', value: '\n' },
							{ kind: 'text', value: '18 December 2009' },
						],
					},
				],
			},
		]);
	});

	it('reads a paragraph of nothing but components, which the converter writes <p> outright, as a paragraph', () => {
		const [first] = documentTextOf(
			`${frontMatter}<p>\n  <Ref href="https://undocs.org/A/64/123">A/64/123</Ref>\n</p>\n`,
			'a.mdx',
		);
		expect(first).toMatchObject({ kind: 'element', tag: 'p' });
		expect(JSON.stringify(first)).toContain(
			'{"kind":"component","name":"Ref","props":{"href":"https://undocs.org/A/64/123"},"children":[{"kind":"text","value":"A/64/123"}]}',
		);
	});

	it.each([
		['an expression', '{1 + 1}\n', /a\.mdx:5: a node of kind mdxFlowExpression/],
		['an import', 'import x from "y"\n', /a\.mdx:5: a node of kind mdxjsEsm/],
		['a component the converter never writes', '<Script>\n  x\n</Script>\n', /<Script> element/],
		['an HTML element as JSX', '<div>\n  x\n</div>\n', /<div> element/],
		['a paragraph with attributes', '<p class="x">\n  x\n</p>\n', /<p> element/],
		[
			'an attribute that is an expression',
			'<Ref href={evil}>x</Ref>\n',
			/an expression in the attributes of <Ref>/,
		],
	])('refuses %s, naming the file and the line', (_, body, cause) => {
		expect(() => documentTextOf(`${frontMatter}${body}`, 'a.mdx')).toThrow(cause);
	});
});

describe('textMarkupOf', () => {
	it('writes a run of text, lead phrases and line breaks as Astro writes them', () => {
		const [component] = documentTextOf(`${frontMatter}${closing}`, 'a.mdx');
		if (component?.kind !== 'component') throw new Error('no Closing read');
		expect(textMarkupOf(component.children)).toBe(
			'<p>65th plenary meeting<br/>\n18 December 2009</p>',
		);
		expect(
			textMarkupOf([
				{ kind: 'element', tag: 'em', children: [{ kind: 'text', value: 'Notes' }] },
				{ kind: 'text', value: ' that' },
			]),
		).toBe('<em>Notes</em> that');
	});

	it('escapes a document’s text, so that markup in it is shown, never run', () => {
		const body =
			'<Paragraph anchor="op1">\n  Notes \\<script>alert("x")\\</script> & more\n</Paragraph>\n';
		const [component] = documentTextOf(`${frontMatter}${body}`, 'a.mdx');
		if (component?.kind !== 'component') throw new Error('no Paragraph read');
		expect(textMarkupOf(component.children)).toBe(
			'<p>Notes &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</p>',
		);
	});

	it('gives nothing for a run with a component in it, however deep', () => {
		const nodes = [
			{
				kind: 'element' as const,
				tag: 'p' as const,
				children: [
					{
						kind: 'element' as const,
						tag: 'em' as const,
						children: [
							{ kind: 'component' as const, name: 'Ref' as const, props: {}, children: [] },
						],
					},
				],
			},
		];
		expect(textMarkupOf(nodes)).toBeNull();
		expect(textMarkupOf([])).toBe('');
	});
});
