/**
 * Knowing a file's hash without reading it, as git's index does: a run records each file's stamp
 * (what `stat` says of it) beside the hash of the bytes it read, and a later run whose `stat` gives
 * the same stamp takes the recorded hash instead of reading the file again.
 *
 * A stamp vouches only for a file last changed before the recording run began. Timestamps have the
 * clock's granularity, so a file written twice within one tick can keep its size and times while its
 * bytes change ("racy clean" in git's words); a file changed at or after the tick the run began in is
 * therefore read again by the next run, whose own record then vouches for it.
 */

/** What `stat` says of a file that changes whenever its bytes do: size, inode and times (ns, as text). */
export interface FileStamp {
	size: number;
	ino: string;
	mtimeNs: string;
	ctimeNs: string;
}

/** A file's stamp and the hash of the bytes read after it was taken. */
export interface StampedHash {
	stamp: FileStamp;
	hash: string;
}

/**
 * A stamped hash as the record keeps it: size, inode, modification and change times, hash. Tuples
 * under their directory, not objects under full paths: a record of 16,000 files reads back in half
 * the time.
 */
type RecordedStamp = [size: number, ino: string, mtimeNs: string, ctimeNs: string, hash: string];

/** What a run recorded: the time it began, on the file system's own clock, and each file it hashed. */
export interface StampRecord {
	format: typeof stampRecordFormat;
	/** The modification time of a file the run wrote before it took any stamp. */
	beganNs: string;
	/** By directory, then by file name. */
	directories: Record<string, Record<string, RecordedStamp>>;
}

/** A directory and a file name: how a record files a path. */
function placeOf(path: string): [directory: string, name: string] {
	const slash = path.lastIndexOf('/');
	return [path.slice(0, slash + 1), path.slice(slash + 1)];
}

// Raised whenever the record's shape changes, so an older record is ignored, not misread.
const stampRecordFormat = 2;

const sameStamp = (a: RecordedStamp, b: FileStamp): boolean =>
	a[0] === b.size && a[1] === b.ino && a[2] === b.mtimeNs && a[3] === b.ctimeNs;

/**
 * The hash recorded for a file, when its stamp now is the one recorded and it was last changed (its
 * ctime, which no program can set back) strictly before the recording run began; otherwise null,
 * and the file must be read.
 */
export function vouchedHash(
	record: StampRecord | null,
	path: string,
	stamp: FileStamp,
): string | null {
	if (record === null) return null;
	const [directory, name] = placeOf(path);
	const recorded = record.directories[directory]?.[name];
	if (recorded === undefined || !sameStamp(recorded, stamp)) return null;
	return BigInt(recorded[3]) < BigInt(record.beganNs) ? recorded[4] : null;
}

/** A record of this run's stamps, by path, to write once the run has succeeded. */
export function stampRecordOf(beganNs: string, files: Record<string, StampedHash>): StampRecord {
	const directories: Record<string, Record<string, RecordedStamp>> = {};
	for (const [path, { stamp, hash }] of Object.entries(files)) {
		const [directory, name] = placeOf(path);
		(directories[directory] ??= {})[name] = [
			stamp.size,
			stamp.ino,
			stamp.mtimeNs,
			stamp.ctimeNs,
			hash,
		];
	}
	return { format: stampRecordFormat, beganNs, directories };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNanoseconds = (value: unknown): value is string =>
	typeof value === 'string' && /^\d+$/.test(value);

function isRecordedStamp(value: unknown): value is RecordedStamp {
	return (
		Array.isArray(value) &&
		value.length === 5 &&
		typeof value[0] === 'number' &&
		isNanoseconds(value[1]) &&
		isNanoseconds(value[2]) &&
		isNanoseconds(value[3]) &&
		typeof value[4] === 'string'
	);
}

/** A record read back from JSON, or null when it is not one this version wrote: then every file is read. */
export function stampRecordFrom(value: unknown): StampRecord | null {
	if (
		!isRecord(value) ||
		value.format !== stampRecordFormat ||
		!isNanoseconds(value.beganNs) ||
		!isRecord(value.directories)
	)
		return null;
	for (const files of Object.values(value.directories)) {
		if (!isRecord(files)) return null;
		for (const stamp of Object.values(files)) if (!isRecordedStamp(stamp)) return null;
	}
	return value as unknown as StampRecord;
}
