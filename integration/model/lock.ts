import { byCodeUnits } from './digest.ts';
import { versionPath } from './paths.ts';
import { publishedRecords, type VersionRecordDigest } from './record.ts';
import type { ContentProblem, DocumentModel, ResolvedVersion, RevisionRecord, VersionRecord } from './types.ts';

export const LOCKFILE_VERSION = 2;

/** `policy.lock.json`: the record of every published version. `/<base>/policy.json` has the same `versions`. */
export interface LockFile {
	lockfileVersion: typeof LOCKFILE_VERSION;
	document: string;
	versions: Record<string, VersionRecordDigest>;
}

export interface LockContext {
	/** Content base relative to the project root, for file names in messages. */
	base: string;
	/** Every version file, drafts included, to tell a drafted version from a deleted one. */
	versions: VersionRecord[];
}

const lockCommand = 'npm run lock';

interface Difference {
	problem: ContentProblem;
	/** A changed text whose own version file records a correction the reference does not have yet. */
	laundered: boolean;
}

/**
 * Compares the content with a reference record (the lock file, or a deployed site's `policy.json`).
 * Every difference is reported; a text change is `laundered` when a new correction names exactly that text.
 */
export function compareWithReference(model: DocumentModel, reference: Record<string, VersionRecordDigest>, context: LockContext, against: string): Difference[] {
	const records = publishedRecords(model);
	const differences: Difference[] = [];
	const fail = (problem: ContentProblem) => differences.push({ problem, laundered: false });
	// A text is in force in many versions; its edit is reported once, naming them all.
	const editedTexts = new Map<string, { revision: RevisionRecord; versions: string[]; laundered: boolean }>();
	for (const [versionId, locked] of Object.entries(reference).sort(([a], [b]) => byCodeUnits(a, b))) {
		const source = context.versions.find((v) => v.id === versionId);
		const now = records.get(versionId);
		const resolved = model.versions.find((v) => v.id === versionId);
		if (!now || !resolved) {
			const file = source?.file ?? versionPath(context.base, model.document, versionId);
			fail({
				file,
				message: source?.draft
					? `version ${versionId} is published (it is in ${against}) but is now marked \`draft\`.`
					: `version ${versionId} is published (it is in ${against}) but its version file is gone: deleted or renamed.`,
				hint: `A published version keeps its date and its permanent URL. Restore ${file} and its texts (e.g. \`git checkout -- ${file}\`); to change the statement, publish a new version.`,
			});
			continue;
		}
		if (now.record !== locked.record) {
			fail({ file: resolved.source.file, message: `the fields of published version ${versionId} (summary, material, removes, singleLanguage or controller) differ from ${against}.`, hint: `A published version file is fixed, except for new \`corrections\`. Restore it (e.g. \`git checkout -- ${resolved.source.file}\`) and put the change in a new version.` });
		}
		if (now.controller !== locked.controller) {
			fail({ file: 'astro.config.mjs', field: 'controller', message: `published version ${versionId} would show other controller facts than ${against} records.`, hint: 'Published versions keep the facts they showed. Restore the `controller` option (and any `controller` change in the version files up to this one), and put the new facts under `controller:` in the file of a new version; see "Controller facts" in the README.' });
		}
		for (const [index, correction] of locked.corrections.entries()) {
			if (JSON.stringify(resolved.source.corrections[index]) !== JSON.stringify(correction)) {
				fail({ file: resolved.source.file, field: `corrections[${index}]`, message: `correction ${index + 1} of published version ${versionId} was changed or removed; ${against} records "${correction.note}".`, hint: 'Corrections are part of the published record: restore the entry as it was. New corrections go after the existing ones.' });
			}
		}
		differences.push(...compareTexts(resolved, now, locked, against));
		for (const revision of editedRevisions(resolved, locked)) {
			const edited = editedTexts.get(revision.file) ?? { revision, versions: [], laundered: launders(model, revision, reference, context) };
			edited.versions.push(versionId);
			editedTexts.set(revision.file, edited);
		}
	}
	for (const { revision, versions, laundered } of editedTexts.values()) {
		differences.push({
			laundered,
			problem: {
				file: revision.file,
				message: `the text of clause \`${revision.clause}\` (${revision.locale}) differs from ${against}, where it is in published version${versions.length > 1 ? 's' : ''} ${versions.join(', ')}.`,
				hint: laundered
					? `A correction is recorded in versions/${revision.version}.yaml; run \`${lockCommand}\` to lock the corrected text.`
					: `Published text is fixed. Restore it (e.g. \`git checkout -- ${revision.file}\`) and put the new text in a new version; for an editorial correction, add an entry under \`corrections\` in versions/${revision.version}.yaml and run \`${lockCommand}\`.`,
			},
		});
	}
	return differences;
}

function editedRevisions(resolved: ResolvedVersion, locked: VersionRecordDigest): RevisionRecord[] {
	return resolved.clauses.flatMap((c) => Object.values(c.revisions)).filter((r) => {
		const sha = locked.texts[`${r.locale}/${r.clause}`];
		return sha !== undefined && sha !== r.sha256;
	});
}

/** Only a new correction in the version file of the text's own version can account for an edit of it. */
function launders(model: DocumentModel, revision: RevisionRecord, reference: Record<string, VersionRecordDigest>, context: LockContext): boolean {
	const own = model.versions.find((v) => v.id === revision.version)?.source ?? context.versions.find((v) => v.id === revision.version);
	const known = reference[revision.version]?.corrections.length ?? 0;
	return (own?.corrections ?? []).slice(known).some((c) => c.clause === revision.clause && c.locale === revision.locale);
}

function compareTexts(resolved: ResolvedVersion, now: VersionRecordDigest, locked: VersionRecordDigest, against: string): Difference[] {
	const differences: Difference[] = [];
	for (const revision of resolved.clauses.flatMap((c) => Object.values(c.revisions))) {
		if (locked.texts[`${revision.locale}/${revision.clause}`] === undefined) {
			differences.push({ laundered: false, problem: { file: revision.file, message: `published version ${resolved.id} now contains clause \`${revision.clause}\` (${revision.locale}), which it did not contain in ${against}.`, hint: 'Published versions are fixed. Put new text in a new version; see "Versions" in the README.' } });
		}
	}
	for (const key of Object.keys(locked.texts)) {
		if (!(key in now.texts)) {
			differences.push({ laundered: false, problem: { file: resolved.source.file, message: `clause \`${key}\` is in published version ${resolved.id} in ${against}, but no longer in the content.`, hint: 'Restore the clause file; remove a clause only in a new version, with `removes`.' } });
		}
	}
	return differences;
}

export interface LockCheck {
	problems: ContentProblem[];
	/** Published versions that have no entry in the lock yet. */
	unlocked: string[];
}

/** The build's check: every difference from the lock is an error; versions not locked yet are listed. */
export function verifyLock(model: DocumentModel, lock: LockFile | undefined, context: LockContext, lockPath: string): LockCheck {
	const problems = compareWithReference(model, lock?.versions ?? {}, context, lockPath).map((d) => d.problem);
	const unlocked = [...publishedRecords(model).keys()].filter((id) => !lock?.versions[id]);
	return { problems, unlocked };
}

export interface LockUpdate {
	lock: LockFile;
	problems: ContentProblem[];
	/** Versions locked for the first time. */
	added: string[];
	/** Versions already in effect that were locked for the first time with `--init`. */
	initialised: string[];
	/** Texts re-locked through a new correction: `<version> <locale>/<clause>`. */
	corrected: string[];
}

export interface UpdateOptions extends LockContext {
	buildDate: string;
	/** `--init`: lock versions already in effect that no lock has seen. */
	init: boolean;
}

/**
 * The lock for the content as it is, checked against every earlier lock given (the lock file, and the
 * one in git's HEAD): nothing locked may change except a text named by a new correction.
 */
export function updateLock(model: DocumentModel, previous: { lock: LockFile; path: string }[], options: UpdateOptions): LockUpdate {
	const records = publishedRecords(model);
	const problems: ContentProblem[] = [];
	const corrected = new Set<string>();
	for (const { lock, path } of previous) {
		for (const difference of compareWithReference(model, lock.versions, options, path)) {
			if (!difference.laundered) problems.push(difference.problem);
		}
		problems.push(...idleCorrections(model, lock, path));
		for (const [id, record] of records) {
			for (const correction of record.corrections.slice(lock.versions[id]?.corrections.length ?? record.corrections.length)) corrected.add(`${id} ${correction.locale}/${correction.clause}`);
		}
	}
	const seen = (id: string) => previous.some(({ lock }) => lock.versions[id]);
	const fresh = [...records.keys()].filter((id) => !seen(id));
	const initialised = fresh.filter((id) => id < options.buildDate);
	if (!options.init) {
		for (const id of initialised) {
			const file = model.versions.find((v) => v.id === id)!.source.file;
			problems.push({ file, message: `version ${id} has been in effect since ${id}, but no lock has ever recorded it.`, hint: `If a lock file existed, restore it from git (e.g. \`git checkout -- ${options.base}/${model.document}/policy.lock.json\`). If this statement was never locked, lock what it shows today with \`${lockCommand} -- --init\`; the command reports it loudly.` });
		}
	}
	const lock: LockFile = { lockfileVersion: LOCKFILE_VERSION, document: model.document, versions: Object.fromEntries(records) };
	return { lock, problems, added: fresh.filter((id) => !initialised.includes(id)), initialised: options.init ? initialised : [], corrected: [...corrected] };
}

/** A new correction must account for an edit: a correction of a text that still matches the lock says something false. */
function idleCorrections(model: DocumentModel, lock: LockFile, path: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const version of model.versions) {
		const locked = lock.versions[version.id];
		if (!locked) continue;
		for (const [index, correction] of version.source.corrections.entries()) {
			if (index < locked.corrections.length) continue;
			const key = `${correction.locale}/${correction.clause}`;
			const revision = version.clauses.find((c) => c.clause === correction.clause)?.revisions[correction.locale];
			if (revision && revision.version === version.id && revision.sha256 === locked.texts[key]) {
				problems.push({ file: version.source.file, field: `corrections[${index}]`, message: `the correction of clause \`${correction.clause}\` (${correction.locale}) is new, but the text is still the one in ${path}.`, hint: `Make the correction in ${revision.file}, or remove the entry.` });
			}
		}
	}
	return problems;
}
