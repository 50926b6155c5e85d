/**
 * Who the seeds' operative paragraphs ask to act, in a table written by reading each paragraph
 * (the lead phrase's act and any later "and requests …", "and invites …").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationFor } from '../contract.ts';
import { passagesOf } from '../passages.ts';
import { plainText } from '../inline.ts';
import { parseSeed } from '../parse/seed.ts';
import { addresseeNames, addresseesOf } from './addressees.ts';

const names = (text: string): string[] => addresseesOf(text).map((addressee) => addressee.name);

describe('addresseesOf', () => {
	it('reads the Secretary-General after "Requests"', () => {
		expect(names('Requests the Secretary-General to report thereon;')).toEqual([
			'the Secretary-General',
		]);
	});

	it('reads every addressee before the infinitive, in order', () => {
		expect(names('Invites Member States and other donors to support those activities;')).toEqual([
			'Member States',
			'other donors',
		]);
	});

	it('reads "States parties to the Convention" as States parties', () => {
		expect(names('Urges States parties to the Convention to implement it fully;')).toEqual([
			'States parties',
		]);
	});

	it('asks no one in a paragraph that decides', () => {
		expect(names('Decides to remain seized of the matter.')).toEqual([]);
	});

	it('asks no one in a paragraph that welcomes', () => {
		expect(names('Welcomes the report of the Secretary-General;')).toEqual([]);
	});

	it('reads the addressees of a later act in the paragraph', () => {
		expect(
			names('Welcomes the progress achieved, and requests the Secretary-General to continue;'),
		).toEqual(['the Secretary-General']);
	});

	it('returns the words of an addressee the list does not know, marked unlisted', () => {
		expect(addresseesOf('Requests the expert group to report to the Commission;')).toEqual([
			{ name: 'the expert group', listed: false },
		]);
	});

	it('names every listed addressee once in the controlled list', () => {
		expect(new Set(addresseeNames).size).toBe(addresseeNames.length);
	});
});

const SG = 'the Secretary-General';
const MS = 'Member States';
const CCPCJ = 'the Commission on Crime Prevention and Criminal Justice';
const UNODC = 'the United Nations Office on Drugs and Crime';
const IGO_NGO = 'intergovernmental and non-governmental organizations';
const UN_ENTITIES = 'relevant United Nations entities';

/** Each operative paragraph, by its citation, and whom it asks to act, read from the seeds. */
const table: Record<string, string[]> = {
	'A/RES/64/180, para. 1': [], // Takes note with appreciation
	'A/RES/64/180, para. 2': [], // Also takes note with appreciation
	'A/RES/64/180, para. 3': [], // Acknowledges
	'A/RES/64/180, para. 4': [CCPCJ],
	'A/RES/64/180, para. 5': [], // Reiterates its decision
	// Emphasizes …, and invites Member States, intergovernmental and non-governmental organizations and other relevant entities
	'A/RES/64/180, para. 6': [MS, IGO_NGO, 'other relevant entities'],
	// Invites donor countries …, and encourages States, other entities concerned and the Secretary-General
	'A/RES/64/180, para. 7': ['donor countries', 'States', 'other relevant entities', SG],
	// Reiterates its invitation to Governments and relevant IGOs and NGOs …, and to that end requests the Secretary-General
	'A/RES/64/180, para. 8': ['Governments', IGO_NGO, SG],
	'A/RES/64/180, para. 9': [SG],
	'A/RES/64/180, para. 10': ['Governments'],
	'A/RES/64/180, para. 11': [MS],
	'A/RES/64/180, para. 12': [SG],
	// the relevant specialized agencies and programmes of the United Nations system, IGOs and NGOs, other professional organizations
	'A/RES/64/180, para. 13': [UN_ENTITIES, IGO_NGO, 'other professional organizations'],
	'A/RES/64/180, para. 14': [SG],
	'A/RES/64/180, para. 15': [], // Welcomes
	'A/RES/64/180, para. 16': [SG],
	'A/RES/64/180, para. 17': ['the Twelfth Congress'],
	'A/RES/64/180, para. 18': [CCPCJ],
	'A/RES/64/180, para. 19': [SG],
	'A/RES/64/179, para. 1': [], // Takes note with appreciation
	'A/RES/64/179, para. 2': [], // Also takes note with appreciation
	'A/RES/64/179, para. 3': [], // Reaffirms
	'A/RES/64/179, para. 4': [], // Also reaffirms
	'A/RES/64/179, para. 5': [MS], // Calls upon Member States
	'A/RES/64/179, para. 6': [UNODC],
	'A/RES/64/179, para. 7': [UNODC], // Also requests UNODC to finalize … for approval by the States parties
	'A/RES/64/179, para. 8': [UNODC], // Urges UNODC to continue providing technical assistance to Member States
	// Recognizes the efforts made by UNODC …, and requests the Office to continue
	'A/RES/64/179, para. 9': [UNODC],
	// Urges UNODC to increase collaboration with intergovernmental, international and regional organizations
	'A/RES/64/179, para. 10': [UNODC],
	// Draws attention …, and invites the Office to explore
	'A/RES/64/179, para. 11': [UNODC],
	'A/RES/64/179, para. 12': [UNODC], // Requests UNODC, within its existing mandate, to strengthen
	'A/RES/64/179, para. 13': [MS, 'international organizations'],
	'A/RES/64/179, para. 14': [UNODC],
	'A/RES/64/179, para. 15': [MS],
	// Reaffirms the importance of UNODC …, and urges the Office to consider
	'A/RES/64/179, para. 16': [UNODC],
	// Encourages Member States to support UNODC: Member States act, the Office is supported
	'A/RES/64/179, para. 17': [MS],
	'A/RES/64/179, para. 18': [MS],
	'A/RES/64/179, para. 19': ['States parties'],
	'A/RES/64/179, para. 20': [SG],
	'A/RES/64/179, para. 21': [SG],
	// Urges Member States …, and encourages States to continue
	'A/RES/64/179, para. 22': [MS, 'States'],
	// Welcomes the progress achieved by the Conferences …, and requests the Secretary-General to continue
	'A/RES/64/179, para. 23': [SG],
	'A/RES/64/179, para. 24': [], // Also welcomes …, and looks forward
	// Reiterates its request to UNODC …, and invites Member States to provide the Office with resources
	'A/RES/64/179, para. 25': [UNODC, MS],
	'A/RES/64/179, para. 26': [], // Takes note …, and looks forward
	'A/RES/64/179, para. 27': [MS],
	'A/RES/64/179, para. 28': [], // Reiterates the importance
	'A/RES/64/179, para. 29': [], // Welcomes resolution 18/3
	'A/RES/64/179, para. 30': [SG], // Reiterates its request to the Secretary-General
	'A/RES/64/179, para. 31': [
		'the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
	],
	'A/RES/64/179, para. 32': [SG],
	'A/RES/64/179, para. 33': [SG],
	'E/RES/2007/17, para. 1': ['the General Assembly'], // Recommends to the General Assembly
	'E/RES/2007/17, draft resolution, para. 1': [], // Takes note …, and endorses
	'E/RES/2007/17, draft resolution, para. 2': [MS],
	'E/RES/2007/17, draft resolution, para. 3': [MS],
	'E/RES/2007/17, draft resolution, para. 4': [SG],
	// Also requests the Secretary-General …, and invites Member States
	'E/RES/2007/17, draft resolution, para. 5': [SG, MS],
	// Accepts with gratitude … and requests the Secretary-General
	'E/RES/2007/17, draft resolution, para. 6': [SG],
	'E/RES/2007/17, draft resolution, para. 7': [], // Decides
	'E/RES/2007/17, draft resolution, para. 8': [MS],
	// the relevant United Nations programmes, specialized agencies of the United Nations system, IGOs and NGOs, other professional organizations
	'E/RES/2007/17, draft resolution, para. 9': [
		UN_ENTITIES,
		IGO_NGO,
		'other professional organizations',
	],
	'E/RES/2007/17, draft resolution, para. 10': [SG],
	'E/RES/2007/17, draft resolution, para. 11': [SG],
	'E/RES/2007/17, draft resolution, para. 12': [CCPCJ],
	'E/RES/2007/17, draft resolution, para. 13': [SG],
	'A/RES/65/230, para. 1': [], // Expresses its satisfaction
	'A/RES/65/230, para. 2': [], // Expresses its appreciation …, and thanks
	'A/RES/65/230, para. 3': [], // Takes note with appreciation
	'A/RES/65/230, para. 4': [], // Endorses
	'A/RES/65/230, para. 5': ['Governments'],
	'A/RES/65/230, para. 6': [MS],
	'A/RES/65/230, para. 7': [], // Welcomes …, and looks forward
	'A/RES/65/230, para. 8': [], // Also welcomes
	'A/RES/65/230, para. 9': [CCPCJ],
	'A/RES/65/230, para. 10': [CCPCJ],
	// Requests the open-ended intergovernmental expert groups established pursuant to paragraphs 9 and 10 above (not in the list)
	'A/RES/65/230, para. 11': [
		'the open-ended intergovernmental expert groups established pursuant to paragraphs 9 and 10 above',
	],
	'A/RES/65/230, para. 12': [UNODC],
	'A/RES/65/230, para. 13': [UNODC],
	'A/RES/65/230, para. 14': [CCPCJ],
	// Requests the Secretary-General to distribute the report … to Member States, IGOs and NGOs: they receive, the Secretary-General acts
	'A/RES/65/230, para. 15': [SG],
	'A/RES/65/230, para. 16': [], // Welcomes with appreciation
	'A/RES/65/230, para. 17': [], // Expresses its profound gratitude
	'A/RES/65/230, para. 18': [SG],
};

describe('addresseesOf on the seeds', () => {
	const texts = new Map<string, string>();
	for (const name of readdirSync('seeds').filter((n) => /\.(txt|md)$/.test(n))) {
		const file = `seeds/${name}`;
		const sidecarFile = file.replace(/\.(txt|md)$/, '.meta.yml');
		const sidecar = existsSync(sidecarFile)
			? { file: sidecarFile, text: readFileSync(sidecarFile, 'utf8') }
			: null;
		const document = parseSeed({ file, text: readFileSync(file, 'utf8'), sidecar }).document;
		for (const passage of passagesOf(document))
			if (passage.address.kind === 'operative' && passage.address.items === undefined)
				texts.set(citationFor(document.meta.symbol, passage.address), plainText(passage.content));
	}

	it('holds at least 40 operative paragraphs', () => {
		expect(Object.keys(table).length).toBeGreaterThanOrEqual(40);
	});

	it.each(Object.entries(table))('reads whom %s asks to act', (citation, expected) => {
		const text = texts.get(citation);
		expect(text, citation).toBeDefined();
		expect(names(text ?? '')).toEqual(expected);
	});
});
