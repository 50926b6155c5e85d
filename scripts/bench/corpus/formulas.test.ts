import { describe, expect, it } from 'vitest';
import type { Drafting } from './clauses.ts';
import { agendaWords, recallingWords, reportRequestWords } from './formulas.ts';
import { seededRandom } from './random.ts';

const assembly: Drafting = { organ: 'General Assembly', session: 80, year: 2025 };
const council: Drafting = { organ: 'Economic and Social Council', session: null, year: 2025 };

describe('reportRequestWords', () => {
	it('asks the Secretary-General for a report at one of the next two sessions of the Assembly', () => {
		const random = seededRandom(1);
		for (let draw = 0; draw < 100; draw++) {
			expect(reportRequestWords(random, assembly)).toMatch(
				/^(Also )?[Rr]equests the Secretary-General to .* at its eighty-(first|second) session/,
			);
		}
	});

	it('asks the Council’s report of the Commission at its session of the next year', () => {
		// The Commission's first session was in 1992: in 2026 it holds its thirty-fifth.
		expect(reportRequestWords(seededRandom(2), council)).toContain(
			'to report to the Commission on Crime Prevention and Criminal Justice at its thirty-fifth session',
		);
	});
});

describe('agendaWords', () => {
	it('puts the subject on the agenda of the Assembly’s next session', () => {
		expect(agendaWords(seededRandom(3), assembly, 'Countering cybercrime')).toMatch(
			/^Decides to include in the provisional agenda of its eighty-first session/,
		);
	});

	it('has no agenda for the Council', () => {
		expect(agendaWords(seededRandom(3), council, 'Countering cybercrime')).toBeNull();
	});
});

describe('recallingWords', () => {
	it('says the other organ adopted a resolution it names by organ', () => {
		const random = seededRandom(5);
		const words = Array.from({ length: 200 }, () =>
			recallingWords(random, 'Economic and Social Council resolution 2011/33 of 28 July 2011'),
		).filter((recalling) => recalling.includes(', in which '));
		expect(words.length).toBeGreaterThan(0);
		for (const recalling of words) expect(recalling).toContain(', in which the Council ');
	});
});
