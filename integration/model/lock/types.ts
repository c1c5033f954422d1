import type { VersionRecordDigest } from '../record.ts';
import type { ContentProblem, VersionRecord } from '../types.ts';

export const LOCKFILE_VERSION = 2;

/** A version as the lock holds it: its record, and when and how it was locked. */
export interface LockedVersion extends VersionRecordDigest {
	/** The day (UTC) the lock command first locked this version. */
	lockedOn: string;
	/** Fingerprints this version had before a correction was locked: what readers may have been given. */
	superseded: string[];
}

/** `policy.lock.json`: the record of every published version. `/<base>/policy.json` has the same records. */
export interface LockFile {
	lockfileVersion: typeof LOCKFILE_VERSION;
	/** The statement's id; the field keeps its first name, since lock files are committed and compared. */
	document: string;
	/** The URL of the current page per locale: published URLs must not move. */
	urls: Record<string, string>;
	versions: Record<string, LockedVersion>;
}

export interface LockContext {
	/** Content base relative to the project root, for file names in messages. */
	base: string;
	/** Every version file, drafts included, to tell a drafted version from a deleted one. */
	versions: VersionRecord[];
	/** The URL of the current page per locale, as configured now. */
	urls: Record<string, string>;
}

export interface Difference {
	problem: ContentProblem;
	/** Accounted for by a correction that the reference does not have yet. */
	laundered: boolean;
}

export const lockCommand = 'npm run lock';
