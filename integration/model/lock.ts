import { createHash } from 'node:crypto';
import type { ContentProblem, DocumentModel, RevisionRecord, VersionRecord } from './types.ts';

/** `policy.lock.json`: the SHA-256 of every clause text of every published version. */
export interface LockFile {
	lockfileVersion: 1;
	versions: Record<string, Record<string, LockedText>>;
}

export interface LockedText {
	sha256: string;
	/** How many corrections of this text the lock has accepted. */
	corrections: number;
}

const lockCommand = 'npm run lock';

/** The texts of every published version, keyed `<locale>/<clause>`. Drafts are never locked. */
function lockedTexts(model: DocumentModel): Map<string, Map<string, RevisionRecord>> {
	const texts = new Map<string, Map<string, RevisionRecord>>();
	for (const version of model.versions) {
		if (version.status === 'draft') continue;
		const entries = version.clauses.flatMap((c) => Object.values(c.revisions).map((r) => [`${r.locale}/${r.clause}`, r] as const));
		texts.set(version.id, new Map(entries));
	}
	return texts;
}

function correctionCount(versions: VersionRecord[], revision: RevisionRecord): number {
	const own = versions.find((v) => v.id === revision.version);
	return own?.corrections.filter((c) => c.clause === revision.clause && c.locale === revision.locale).length ?? 0;
}

export interface LockCheck {
	problems: ContentProblem[];
	/** Published versions that have no entry in the lock yet. */
	unlocked: string[];
}

/** Compares the content with the lock. A changed past text is an error unless it is a recorded correction. */
export function verifyLock(model: DocumentModel, versions: VersionRecord[], lock: LockFile | undefined): LockCheck {
	const problems: ContentProblem[] = [];
	const unlocked: string[] = [];
	for (const [versionId, texts] of lockedTexts(model)) {
		const locked = lock?.versions[versionId];
		if (!locked) {
			unlocked.push(versionId);
			continue;
		}
		for (const [key, revision] of texts) {
			const entry = locked[key];
			if (!entry) {
				problems.push({ file: revision.file, message: `version ${versionId} now contains clause \`${revision.clause}\` (${revision.locale}), which it did not contain when it was locked.`, hint: 'Published versions are fixed. Put new text in a new version; see "Publishing a new version" in the README.' });
			} else if (entry.sha256 !== revision.sha256) {
				const corrected = correctionCount(versions, revision) > entry.corrections;
				problems.push({
					file: revision.file,
					message: `the text of clause \`${revision.clause}\` (${revision.locale}) in published version ${versionId} differs from the lock.`,
					hint: corrected
						? `A correction is recorded in versions/${revision.version}.yaml; run \`${lockCommand}\` to lock the corrected text.`
						: `Published text is fixed. Undo the edit and put the new text in a new version, or, for an editorial correction, add an entry under \`corrections\` in versions/${revision.version}.yaml and run \`${lockCommand}\`.`,
				});
			}
		}
		for (const key of Object.keys(locked)) {
			if (!texts.has(key)) {
				problems.push({ file: versions.find((v) => v.id === versionId)!.file, message: `clause \`${key}\` was locked in version ${versionId} but is no longer in it.`, hint: 'Restore the clause file; remove a clause only in a new version with `removes`.' });
			}
		}
	}
	return { problems, unlocked };
}

/**
 * The lock for the content as it is. Refuses (returns problems) where a locked text changed without a
 * new correction entry, so `npm run lock` cannot launder an edit of published text.
 */
export function updateLock(model: DocumentModel, versions: VersionRecord[], previous: LockFile | undefined): { lock: LockFile; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const lock: LockFile = { lockfileVersion: 1, versions: {} };
	for (const [versionId, texts] of lockedTexts(model)) {
		const before = previous?.versions[versionId];
		const entries: Record<string, LockedText> = {};
		for (const [key, revision] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
			const corrections = correctionCount(versions, revision);
			const old = before?.[key];
			if (before && (!old || (old.sha256 !== revision.sha256 && corrections <= old.corrections))) {
				problems.push({ file: revision.file, message: `refusing to re-lock clause \`${revision.clause}\` (${revision.locale}) of published version ${versionId}: its text changed.`, hint: `Record the change as a correction in versions/${revision.version}.yaml, or undo it.` });
			}
			entries[key] = { sha256: revision.sha256, corrections };
		}
		lock.versions[versionId] = entries;
	}
	return { lock, problems };
}

/** One SHA-256 over every clause text of a version in every locale: what a reader can cite as proof. */
export function versionFingerprint(version: { clauses: { revisions: Record<string, RevisionRecord> }[] }): string {
	const texts = version.clauses.flatMap((c) => Object.values(c.revisions).map((r) => `${r.locale}/${r.clause}:${r.sha256}`));
	return createHash('sha256').update(texts.sort().join('\n')).digest('hex');
}
