import { describe, expect, it } from 'vitest';
import { element, xmlDocument, xmlEscape } from './xml.ts';

describe('xmlEscape', () => {
	it('escapes what XML gives a meaning to', () => {
		expect(xmlEscape('</p><script>a && "b"</script>')).toBe(
			'&lt;/p&gt;&lt;script&gt;a &amp;&amp; &quot;b&quot;&lt;/script&gt;',
		);
	});

	it('replaces the characters XML cannot hold, and keeps every other', () => {
		expect(xmlEscape('a\u0000b\u0007c\uFFFEd\uD800e\tf\ng “é” 𝄞')).toBe(
			'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng “é” 𝄞',
		);
	});
});

describe('xmlDocument', () => {
	it('indents elements that hold elements, and adds nothing inside text', () => {
		const tree = element('doc', { name: 'x', absent: null }, [
			element('p', {}, [element('ref', { href: '/a?b&c' }, ['one']), ' two']),
			element('p', {}, [element('i', {}, ['three'])]),
			element('br'),
		]);
		expect(xmlDocument(tree, new Set(['p']))).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n' +
				'<doc name="x">\n' +
				'\t<p><ref href="/a?b&amp;c">one</ref> two</p>\n' +
				'\t<p><i>three</i></p>\n' +
				'\t<br/>\n' +
				'</doc>\n',
		);
	});

	it('sets text inline in any element that holds some, named or not', () => {
		const tree = element('doc', {}, [element('note', {}, ['a', element('b', {}, [element('c')])])]);
		expect(xmlDocument(tree, new Set())).toContain('<note>a<b><c/></b></note>');
	});

	it('keeps a comment a comment, whatever it says', () => {
		expect(xmlDocument(element('doc', {}, [{ comment: 'a -- b -->' }]), new Set())).toContain(
			'<!-- a - - b - -> -->',
		);
	});
});
