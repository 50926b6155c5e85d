/** The components the generated MDX names, by the names it uses (`textComponents`). */
import Closing from './Closing.astro';
import Footnote from './Footnote.astro';
import FootnoteCall from './FootnoteCall.astro';
import Footnotes from './Footnotes.astro';
import Heading from './Heading.astro';
import Item from './Item.astro';
import Opening from './Opening.astro';
import OperativeIntro from './OperativeIntro.astro';
import Paragraph from './Paragraph.astro';
import Part from './Part.astro';
import Ref from './Ref.astro';
import type { TextComponent } from '../lib/view/document-text.ts';

export const documentComponents = {
	Closing,
	Footnote,
	FootnoteCall,
	Footnotes,
	Heading,
	Item,
	Opening,
	OperativeIntro,
	Paragraph,
	Part,
	Ref,
} satisfies Record<TextComponent, unknown>;
