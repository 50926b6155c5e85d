import { describe, expect, it } from 'vitest';
import { once } from './once.ts';

describe('once', () => {
	it('works the value out on the first ask and gives every later ask the same', async () => {
		let computed = 0;
		const value = once(() => Promise.resolve(++computed));
		const [first, second] = await Promise.all([value(), value()]);
		expect([first, second, await value()]).toEqual([1, 1, 1]);
		expect(computed).toBe(1);
	});
});
