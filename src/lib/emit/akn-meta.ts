/**
 * The `<meta>` of a document in Akoma Ntoso: its FRBR identification (work, expression in English,
 * manifestation in AKN) in AKN4UN's URI pattern, and the organisations those name.
 */
import type { Body, DocumentMeta, IsoDate } from '../model.ts';
import { element, type XmlElement } from './xml.ts';

/** The eId of the agent that made the markup, named by every `source`: this site's converter. */
export const aknMarkupSource = 'crimeCongressResolutions';

// AKN4UN names the bodies by the codes of the UN system's entities.
const bodyCodes: Record<Body, string> = {
	'General Assembly': 'unga',
	'Economic and Social Council': 'ecosoc',
	'Secretary-General': 'unsg',
};

/** A number or symbol as one segment of a URI: `64/180` → `64-180`, `A/67/97` → `A-67-97`. */
function uriSegment(text: string): string {
	return text.replace(/\//g, '-').replace(/\s+/g, '');
}

/**
 * The FRBR work URI of a document: `/akn/un/statement/resolution/unga/2009-12-18/64-180`, and for a
 * report, which AKN has no type for (see akn.ts), `/akn/un/doc/report/unsg/2012/A-67-97`. The date
 * keeps the text's precision.
 */
export function aknWorkUri(meta: DocumentMeta): string {
	const body = bodyCodes[meta.body];
	return meta.documentType === 'resolution'
		? `/akn/un/statement/resolution/${body}/${meta.date}/${uriSegment(meta.resolutionNumber ?? meta.symbol)}`
		: `/akn/un/doc/report/${body}/${meta.date}/${uriSegment(meta.symbol)}`;
}

/**
 * The FRBR date of a document: the day it was adopted or issued. The schema takes only a whole
 * day, so a text dated by its year or month alone gives its period's last day, named for what it
 * is: the day the text certainly does not postdate.
 * @example frbrDate({ documentType: 'report', date: '2012' }) // { date: '2012-12-31', name: 'issuedNoLaterThan' }
 */
export function frbrDate(meta: Pick<DocumentMeta, 'documentType' | 'date'>): {
	date: IsoDate;
	name: string;
} {
	const event = meta.documentType === 'resolution' ? 'adoption' : 'issue';
	const [year = '', month, day] = meta.date.split('-');
	if (day !== undefined) return { date: meta.date, name: event };
	const lastMonth = month ?? '12';
	const lastDay = new Date(Date.UTC(Number(year), Number(lastMonth), 0)).getUTCDate();
	return {
		date: `${year}-${lastMonth}-${String(lastDay).padStart(2, '0')}`,
		name: event === 'adoption' ? 'adoptedNoLaterThan' : 'issuedNoLaterThan',
	};
}

/**
 * The FRBR identification of a document, or of one of its parts (`annex`, `annex_2`): the parts
 * share the document's work, expression and manifestation, each as its own component (`!annex`).
 */
export function aknIdentification(meta: DocumentMeta, component: string): XmlElement {
	const work = aknWorkUri(meta);
	const expression = `${work}/eng@`;
	const date = element('FRBRdate', frbrDate(meta));
	const author = element('FRBRauthor', { href: `#${bodyCodes[meta.body]}` });
	return element('identification', { source: `#${aknMarkupSource}` }, [
		element('FRBRWork', {}, [
			element('FRBRthis', { value: `${work}/!${component}` }),
			element('FRBRuri', { value: work }),
			element('FRBRalias', { value: meta.symbol, name: 'symbol' }),
			date,
			author,
			element('FRBRcountry', { value: 'un' }),
			element('FRBRnumber', { value: meta.resolutionNumber ?? meta.symbol }),
			element('FRBRname', { value: meta.documentType }),
		]),
		element('FRBRExpression', {}, [
			element('FRBRthis', { value: `${expression}/!${component}` }),
			element('FRBRuri', { value: expression }),
			date,
			author,
			element('FRBRlanguage', { language: 'eng' }),
		]),
		element('FRBRManifestation', {}, [
			element('FRBRthis', { value: `${expression}/!${component}.akn` }),
			element('FRBRuri', { value: `${expression}.akn` }),
			date,
			element('FRBRauthor', { href: `#${aknMarkupSource}` }),
			element('FRBRformat', { value: 'application/akn+xml' }),
		]),
	]);
}

/** The organisations the identification names: the body that speaks, and the markup's maker. */
export function aknReferences(meta: DocumentMeta): XmlElement {
	const body = bodyCodes[meta.body];
	return element('references', { source: `#${aknMarkupSource}` }, [
		element('TLCOrganization', {
			eId: body,
			href: `/akn/ontology/organizations/un/${body}`,
			showAs: meta.body,
		}),
		element('TLCOrganization', {
			eId: aknMarkupSource,
			href: `/akn/ontology/organizations/${aknMarkupSource}`,
			showAs: 'UN Crime Congress Resolutions',
		}),
	]);
}
