import { describe, expect, it } from 'vitest';
import { type FileStamp, stampRecordFrom, stampRecordOf, vouchedHash } from './file-stamps.ts';

const stamp: FileStamp = {
	size: 120,
	ino: '4242',
	mtimeNs: '1764680000000000000',
	ctimeNs: '1764680000000000000',
};
// The run that recorded the stamp began a millisecond after the file last changed.
const files = { '/seeds/a.txt': { stamp, hash: 'hash-a' } };
const record = stampRecordOf('1764680000001000000', files);

describe('vouchedHash', () => {
	it('gives the recorded hash for a file whose stamp is the one recorded', () => {
		expect(vouchedHash(record, '/seeds/a.txt', { ...stamp })).toBe('hash-a');
	});

	it.each<[string, FileStamp]>([
		['its size', { ...stamp, size: 121 }],
		['its inode (replaced by another file)', { ...stamp, ino: '4243' }],
		['its modification time', { ...stamp, mtimeNs: '1764680000000000001' }],
		['its change time (modification time put back)', { ...stamp, ctimeNs: '1764680000000000001' }],
	])('vouches for nothing when %s differs', (_what, now) => {
		expect(vouchedHash(record, '/seeds/a.txt', now)).toBeNull();
	});

	it('vouches for nothing the run did not record, and nothing without a record', () => {
		expect(vouchedHash(record, '/seeds/b.txt', stamp)).toBeNull();
		expect(vouchedHash(null, '/seeds/a.txt', stamp)).toBeNull();
	});

	it('vouches for no file changed in the tick the recording run began, or after', () => {
		const racy = stampRecordOf(stamp.ctimeNs, files);
		expect(vouchedHash(racy, '/seeds/a.txt', stamp)).toBeNull();
		const later = stampRecordOf('1764679999999999999', files);
		expect(vouchedHash(later, '/seeds/a.txt', stamp)).toBeNull();
	});

	it('compares times as whole nanoseconds, beyond what a double holds', () => {
		// 1764680000000000000 and …001 are the same double: compared as numbers, the file changed a
		// nanosecond before the run began would not be vouched for.
		const justBefore = stampRecordOf('1764680000000000001', files);
		expect(vouchedHash(justBefore, '/seeds/a.txt', stamp)).toBe('hash-a');
	});
});

describe('stampRecordFrom', () => {
	it('reads back a record written as JSON', () => {
		expect(stampRecordFrom(JSON.parse(JSON.stringify(record)))).toEqual(record);
	});

	it.each<[string, unknown]>([
		['another format', { ...record, format: 0 }],
		['a time that is not whole nanoseconds', { ...record, beganNs: 1764680000001000000 }],
		[
			'a stamp without its inode',
			{ ...record, directories: { '/': { a: [120, 7, '1', '1', 'h'] } } },
		],
		['an entry without a hash', { ...record, directories: { '/': { a: [120, '7', '1', '1'] } } }],
		['a directory that is not an object', { ...record, directories: { '/': [] } }],
		['not an object', '[]'],
	])('refuses %s', (_what, value) => {
		expect(stampRecordFrom(value)).toBeNull();
	});
});
