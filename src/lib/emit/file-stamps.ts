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

/** What a run recorded: the time it began, on the file system's own clock, and each file it hashed. */
export interface StampRecord {
	format: typeof stampRecordFormat;
	/** The modification time of a file the run wrote before it took any stamp. */
	beganNs: string;
	files: Record<string, StampedHash>;
}

// Raised whenever the record's shape changes, so an older record is ignored, not misread.
const stampRecordFormat = 1;

const sameStamp = (a: FileStamp, b: FileStamp): boolean =>
	a.size === b.size && a.ino === b.ino && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

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
	const recorded = record?.files[path];
	if (recorded === undefined || !sameStamp(recorded.stamp, stamp)) return null;
	return BigInt(recorded.stamp.ctimeNs) < BigInt(record?.beganNs ?? '0') ? recorded.hash : null;
}

/** A record of this run's stamps, to write once the run has succeeded. */
export function stampRecordOf(beganNs: string, files: Record<string, StampedHash>): StampRecord {
	return { format: stampRecordFormat, beganNs, files };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNanoseconds = (value: unknown): value is string =>
	typeof value === 'string' && /^\d+$/.test(value);

function isStampedHash(value: unknown): value is StampedHash {
	if (!isRecord(value) || typeof value.hash !== 'string' || !isRecord(value.stamp)) return false;
	const { size, ino, mtimeNs, ctimeNs } = value.stamp;
	return (
		typeof size === 'number' &&
		isNanoseconds(ino) &&
		isNanoseconds(mtimeNs) &&
		isNanoseconds(ctimeNs)
	);
}

/** A record read back from JSON, or null when it is not one this version wrote: then every file is read. */
export function stampRecordFrom(value: unknown): StampRecord | null {
	if (
		!isRecord(value) ||
		value.format !== stampRecordFormat ||
		!isNanoseconds(value.beganNs) ||
		!isRecord(value.files)
	)
		return null;
	const files = value.files;
	return Object.values(files).every(isStampedHash)
		? stampRecordOf(value.beganNs, files as Record<string, StampedHash>)
		: null;
}
