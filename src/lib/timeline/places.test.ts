import { describe, expect, it } from 'vitest';
import { placeBefore, placeKey } from './places.ts';

const place = (lead: string): string | null => placeBefore(lead)?.place ?? null;

describe('placeBefore', () => {
	it('reads the city a meeting was held in', () => {
		expect(place('the Intergovernmental Group of Experts …, held in Bangkok from ')).toBe(
			'Bangkok',
		);
	});
	it('reads a city and its country', () => {
		expect(place('the Twelfth United Nations Congress …, held in Salvador, Brazil, from ')).toBe(
			'Salvador, Brazil',
		);
	});
	it('reads a city before a month', () => {
		expect(place('by the Commission at its nineteenth session, to be held in Vienna in ')).toBe(
			'Vienna',
		);
	});
	it('reads a city of two words before "on"', () => {
		expect(place('Serious Crime in the Caribbean, adopted in Santo Domingo on ')).toBe(
			'Santo Domingo',
		);
	});
	it('reads the city of a parenthesis that gives place and date', () => {
		expect(place('expert group on improving the collection of crime data (Buenos Aires, ')).toBe(
			'Buenos Aires',
		);
	});
	it('reads the city right before the date, not an earlier one', () => {
		expect(place('Security and Development in Central America, held in Managua on ')).toBe(
			'Managua',
		);
	});
	it('finds no place where none stands beside the date', () => {
		expect(
			place('the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice, in '),
		).toBeNull();
		expect(place('held by the Commission at its eighteenth session, in ')).toBeNull();
	});
	it('takes no institution, title or month for a place', () => {
		expect(place('trafficking in Persons of ')).toBeNull();
		expect(place('a meeting in Crime Prevention and Criminal Justice, in ')).toBeNull();
		expect(place('to be held in May in ')).toBeNull();
	});
});

describe('placeKey', () => {
	it('compares places by their first name', () => {
		expect(placeKey('Salvador, Brazil')).toBe(placeKey('Salvador'));
		expect(placeKey('Vienna')).not.toBe(placeKey('Bangkok'));
	});
});
