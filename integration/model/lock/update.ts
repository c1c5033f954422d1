import { publishedRecords } from '../record.ts';
import type { ContentProblem, StatementModel } from '../types.ts';
import { compareWithReference } from './compare.ts';
import { LOCKFILE_VERSION, lockCommand, type LockContext, type LockFile, type LockedVersion } from './types.ts';

export interface LockUpdate {
	lock: LockFile;
	problems: ContentProblem[];
	/** Versions locked for the first time. */
	added: string[];
	/** Versions already in effect that were locked for the first time with `--init`. */
	initialised: string[];
	/** Texts re-locked through a new correction: `<version> <locale>/<clause>`. */
	corrected: string[];
	/** Locales whose URL changed since the previous lock. */
	moved: string[];
}

export interface UpdateOptions extends LockContext {
	/** The real date (UTC), not the build date: it decides what is already in effect. */
	today: string;
	/** `--init`: lock versions already in effect, for a statement that has never been locked (ignored otherwise). */
	init: boolean;
}

/**
 * The lock for the content as it is, checked against every earlier lock given (the lock file, and the
 * one in git's HEAD): nothing locked may change except a text named by a new correction, and a new
 * version can only come after every locked one.
 */
export function updateLock(model: StatementModel, previous: { lock: LockFile; path: string }[], options: UpdateOptions): LockUpdate {
	const records = publishedRecords(model);
	const problems: ContentProblem[] = [];
	const corrected = new Set<string>();
	for (const { lock, path } of previous) {
		for (const difference of compareWithReference(model, lock.versions, options, path)) {
			if (!difference.laundered) problems.push(difference.problem);
		}
		problems.push(...idleCorrections(model, lock, path));
		for (const [id, record] of records) {
			for (const correction of record.corrections.slice(lock.versions[id]?.corrections.length ?? record.corrections.length))
				corrected.add(`${id} ${correction.locale}/${correction.clause}`);
		}
	}
	const lockedBefore = (id: string) => previous.map(({ lock }) => lock.versions[id]).find(Boolean);
	const newest = previous
		.flatMap(({ lock }) => Object.keys(lock.versions))
		.sort()
		.at(-1);
	const fresh = [...records.keys()].filter((id) => !lockedBefore(id));
	const fileOf = (id: string) => model.versions.find((v) => v.id === id)!.source.file;
	for (const id of fresh.filter((id) => newest !== undefined && id <= newest)) {
		problems.push({
			file: fileOf(id),
			message: `version ${id} is new, but dated on or before ${newest}, the newest version already locked.`,
			hint: `Published history cannot be rewritten: date the new version after ${newest}.`,
		});
	}
	const inEffect = fresh.filter((id) => id < options.today);
	// `--init` is for a statement no lock has ever seen; where a lock exists (in the file or in git), it changes nothing.
	const init = options.init && previous.length === 0;
	if (!init) {
		for (const id of inEffect) {
			problems.push({
				file: fileOf(id),
				message: `version ${id} has been in effect since ${id}, but no lock has ever recorded it.`,
				hint: `If a lock file existed, restore it from git (e.g. \`git checkout -- ${options.base}/${model.statement}/policy.lock.json\`). If this statement was never locked, lock what it shows today with \`${lockCommand} -- --init\`; the command reports it loudly.`,
			});
		}
	}
	const versions: Record<string, LockedVersion> = {};
	for (const [id, record] of records) {
		const before = lockedBefore(id);
		const superseded = [...(before?.superseded ?? [])];
		if (before && before.fingerprint !== record.fingerprint) superseded.push(before.fingerprint);
		versions[id] = { ...record, lockedOn: before?.lockedOn ?? options.today, superseded };
	}
	const urlsBefore = previous[0]?.lock.urls ?? {};
	const moved = Object.keys(urlsBefore).filter((locale) => urlsBefore[locale] !== options.urls[locale]);
	const lock: LockFile = { lockfileVersion: LOCKFILE_VERSION, document: model.statement, urls: options.urls, versions };
	return { lock, problems, added: fresh.filter((id) => !inEffect.includes(id)), initialised: init ? inEffect : [], corrected: [...corrected], moved };
}

/** A new correction must account for an edit: a correction of a text that still matches the lock says something false. */
function idleCorrections(model: StatementModel, lock: LockFile, path: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const version of model.versions) {
		const locked = lock.versions[version.id];
		if (!locked) continue;
		for (const [index, correction] of version.source.corrections.entries()) {
			if (index < locked.corrections.length) continue;
			const key = `${correction.locale}/${correction.clause}`;
			const revision = version.clauses.find((c) => c.clause === correction.clause)?.revisions[correction.locale];
			if (revision && revision.version === version.id && revision.sha256 === locked.texts[key]) {
				problems.push({
					file: version.source.file,
					field: `corrections[${index}]`,
					message: `the correction of clause \`${correction.clause}\` (${correction.locale}) is new, but the text is still the one in ${path}.`,
					hint: `Make the correction in ${revision.file}, or remove the entry.`,
				});
			}
		}
	}
	return problems;
}
