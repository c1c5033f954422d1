import { byCodeUnits, digestOf } from './digest.ts';
import { REGISTER } from './paths.ts';
import type { Correction, StatementModel, ResolvedVersion, RevisionRecord } from './types.ts';

/** A file a version shows, as the lock knows it: a clause text (`locale` its language) or a register file (`locale` is `register`). */
export type ShownFile = Pick<RevisionRecord, 'locale' | 'clause' | 'version' | 'sha256' | 'file'>;

/** Every file a version shows, in page order: each clause's texts, then its register file (its key in the lock is `register/<clause>`). */
export function shownFiles(version: ResolvedVersion): ShownFile[] {
	return version.clauses.flatMap((c) => [...Object.values(c.revisions), ...(c.register ? [{ ...c.register, locale: REGISTER }] : [])]);
}

/** Names the algorithm below, so a changed algorithm can never be mistaken for a changed text. */
export const FINGERPRINT_ALGORITHM = 'astro-privacy-fingerprint/1';

/**
 * Everything a published version shows, in digests: what the lock stores, what `/<base>/policy.json`
 * publishes, and what the fingerprint on the version page covers.
 */
export interface VersionRecordDigest {
	/** SHA-256 of the canonical JSON of every field of this version's `fingerprint`. */
	fingerprint: string;
	/** SHA-256 of the canonical JSON of the version file's own fields: summary, material, removes, singleLanguage, controller change. */
	record: string;
	/** SHA-256 of the canonical JSON of the controller facts the version shows. */
	controller: string;
	/** `<locale>/<clause>` → SHA-256 of the clause file in force (after `normalizeText`); `register/<clause>` for its register file. */
	texts: Record<string, string>;
	/**
	 * `<locale>/<clause>` → the version whose file that text is. Not part of the fingerprint, but locked:
	 * a correction may change a file's text, never which file a version shows.
	 */
	sources: Record<string, string>;
	/** The corrections recorded in this version's file, with their notes. */
	corrections: Correction[];
}

const records = new WeakMap<ResolvedVersion, { statement: string; record: VersionRecordDigest }>();

/**
 * The record of one resolved version; the docs ("The lock", "The fingerprint") give the algorithm. Computed
 * once per version object: every version page prints its fingerprint and policy.json lists them all, and
 * hashing every text of a 500-clause version for each of those was a gigabyte of garbage per build.
 */
export function recordOf(statement: string, version: ResolvedVersion): VersionRecordDigest {
	const known = records.get(version);
	if (known?.statement === statement) return known.record;
	const record = computeRecord(statement, version);
	records.set(version, { statement, record });
	return record;
}

function computeRecord(statement: string, version: ResolvedVersion): VersionRecordDigest {
	const { summary, material, removes, singleLanguage, controller: change, contact } = version.source;
	// `contact` joined the version file later: left out when unset, so records locked before it keep their digest.
	const record = digestOf({ summary, material, removes, singleLanguage, controller: change ?? null, ...(contact === undefined ? {} : { contact }) });
	const controller = version.controllerDigest;
	// Each key built once and both maps filled in one loop: for a version of a thousand texts, Object.fromEntries
	// allocated eight times what the loop does.
	const files = shownFiles(version)
		.map((file) => ({ key: `${file.locale}/${file.clause}`, file }))
		.sort((a, b) => byCodeUnits(a.key, b.key));
	const texts: Record<string, string> = {};
	const sources: Record<string, string> = {};
	for (const { key, file } of files) {
		texts[key] = file.sha256;
		sources[key] = file.version;
	}
	const corrections = version.source.corrections;
	// `document` is the fingerprint's published field: renaming it would change every fingerprint readers hold.
	const fingerprint = digestOf({ algorithm: FINGERPRINT_ALGORITHM, document: statement, version: version.id, record, controller, texts, corrections });
	return { fingerprint, record, controller, texts, sources, corrections };
}

/** Every version that is not a draft: what is (or will be) published. */
export const publishedVersions = (model: StatementModel): ResolvedVersion[] => model.versions.filter((v) => v.status !== 'draft');

/** The records of every published version. */
export function publishedRecords(model: StatementModel): Map<string, VersionRecordDigest> {
	return new Map(publishedVersions(model).map((v) => [v.id, recordOf(model.statement, v)]));
}
