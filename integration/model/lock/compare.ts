import { byCodeUnits, digestOf } from '../digest.ts';
import { versionPath } from '../paths.ts';
import { publishedVersions, recordOf, shownFiles, type ShownFile, type VersionRecordDigest } from '../record.ts';
import type { StatementModel, ResolvedVersion } from '../types.ts';
import { lockCommand, type Difference, type LockContext } from './types.ts';

/**
 * Compares the content with a reference record (the lock file, or a deployed site's `policy.json`).
 * Every difference is reported. One is `laundered` when a correction the reference does not have yet
 * accounts for it: a new correction itself, and an edit of exactly the text that correction names.
 */
export function compareWithReference(
	model: StatementModel,
	reference: Record<string, VersionRecordDigest>,
	context: Pick<LockContext, 'base' | 'versions'>,
	against: string,
): Difference[] {
	// Records only of the versions the reference has: a dev server checks on every save, and a version not
	// locked yet has nothing to be compared with.
	const published = new Map(publishedVersions(model).map((v) => [v.id, v]));
	const recordNow = (id: string) => {
		const version = published.get(id);
		return version && recordOf(model.statement, version);
	};
	const differences: Difference[] = [];
	const explained = new Set<string>();
	const add = (versionId: string, difference: Difference) => {
		differences.push(difference);
		explained.add(versionId);
	};
	// A text is in force in many versions; its edit is reported once, naming them all.
	const editedTexts = new Map<string, { revision: ShownFile; versions: string[]; laundered: boolean }>();
	for (const [versionId, locked] of Object.entries(reference).sort(([a], [b]) => byCodeUnits(a, b))) {
		const resolved = published.get(versionId);
		if (!resolved) {
			add(versionId, { laundered: false, problem: gone(versionId, context, model.statement, against) });
			continue;
		}
		const now = recordOf(model.statement, resolved);
		const file = resolved.source.file;
		const fail = (problem: Difference['problem']) => add(versionId, { laundered: false, problem });
		if (now.record !== locked.record) {
			fail({
				file,
				message: `the fields of published version ${versionId} (summary, material, removes, singleLanguage or controller) differ from ${against}.`,
				hint: `A published version file is fixed, except for new \`corrections\`. Restore it (e.g. \`git checkout -- ${file}\`) and put the change in a new version.`,
			});
		}
		if (now.controller !== locked.controller) {
			fail({
				file: 'astro.config.mjs',
				field: 'controller',
				message: `published version ${versionId} would show other controller facts than ${against} records.`,
				hint: 'Published versions keep the facts they showed. Restore the `controller` option (and any `controller` change in the version files up to this one), and put the new facts under `controller:` in the file of a new version; see "Controller facts" in the astro-privacy docs.',
			});
		}
		for (const [index, correction] of locked.corrections.entries()) {
			const current = resolved.source.corrections[index];
			if (!current || digestOf(current) !== digestOf(correction)) {
				fail({
					file,
					field: `corrections[${index}]`,
					message: `correction ${index + 1} of published version ${versionId} was changed or removed; ${against} records "${correction.note}".`,
					hint: 'Corrections are part of the published record: restore the entry as it was. New corrections go after the existing ones.',
				});
			}
		}
		for (const [index, correction] of resolved.source.corrections.entries()) {
			if (index < locked.corrections.length) continue;
			add(versionId, {
				laundered: true,
				problem: {
					file,
					field: `corrections[${index}]`,
					message: `the correction of clause \`${correction.clause}\` (${correction.locale}) in published version ${versionId} is not in ${against} yet.`,
					hint: `Run \`${lockCommand}\` to lock it with the corrected text.`,
				},
			});
		}
		for (const difference of compareClauseSets(resolved, now, locked, against)) add(versionId, difference);
		for (const revision of editedRevisions(resolved, locked)) {
			const edited = editedTexts.get(revision.file) ?? { revision, versions: [], laundered: launders(model, revision, reference) };
			edited.versions.push(versionId);
			editedTexts.set(revision.file, edited);
		}
	}
	for (const { revision, versions, laundered } of editedTexts.values()) {
		for (const id of versions) explained.add(id);
		differences.push({ laundered, problem: editedText(revision, versions, laundered, against) });
	}
	// Whatever the checks above did not name, the fingerprint still catches.
	for (const [versionId, locked] of Object.entries(reference)) {
		const now = recordNow(versionId);
		if (now && !explained.has(versionId) && now.fingerprint !== locked.fingerprint) {
			differences.push({
				laundered: false,
				problem: {
					file: model.versions.find((v) => v.id === versionId)!.source.file,
					message: `the fingerprint of published version ${versionId} differs from ${against}.`,
					hint: `Restore the version's files as they were when it was locked (\`git log -p -- ${context.base}/${model.statement}\` shows the changes).`,
				},
			});
		}
	}
	return differences;
}

function gone(versionId: string, context: Pick<LockContext, 'base' | 'versions'>, statement: string, against: string) {
	const source = context.versions.find((v) => v.id === versionId);
	const file = source?.file ?? versionPath(context.base, statement, versionId);
	return {
		file,
		message: source?.draft
			? `version ${versionId} is published (it is in ${against}) but is now marked \`draft\`.`
			: `version ${versionId} is published (it is in ${against}) but its version file is gone: deleted or renamed.`,
		hint: `A published version keeps its date and its permanent URL. Restore ${file} and its texts (e.g. \`git checkout -- ${file}\`); to change the statement, publish a new version.`,
	};
}

function compareClauseSets(resolved: ResolvedVersion, now: VersionRecordDigest, locked: VersionRecordDigest, against: string): Difference[] {
	const differences: Difference[] = [];
	for (const revision of shownFiles(resolved)) {
		const key = `${revision.locale}/${revision.clause}`;
		if (locked.texts[key] === undefined) {
			differences.push({
				laundered: false,
				problem: {
					file: revision.file,
					message: `published version ${resolved.id} now contains clause \`${revision.clause}\` (${revision.locale}), which it did not contain in ${against}.`,
					hint: 'Published versions are fixed. Put new text in a new version; see "Versions" in the astro-privacy docs.',
				},
			});
		} else if (locked.sources[key] !== revision.version) {
			// A file added or removed between versions changes which text a version shows; no correction covers that.
			differences.push({
				laundered: false,
				problem: {
					file: revision.file,
					message: `published version ${resolved.id} would show clause \`${revision.clause}\` (${revision.locale}) from the file of version ${revision.version}, but ${against} has it from the file of version ${locked.sources[key]}.`,
					hint: `A clause file of a published version was added, removed or renamed. Restore ${revision.file.replace(/[^/]+\.(mdx|yaml)$/, `${locked.sources[key]}.$1`)} as it was.`,
				},
			});
		}
	}
	for (const key of Object.keys(locked.texts)) {
		if (!(key in now.texts)) {
			differences.push({
				laundered: false,
				problem: {
					file: resolved.source.file,
					message: `clause \`${key}\` is in published version ${resolved.id} in ${against}, but no longer in the content.`,
					hint: 'Restore the clause file; remove a clause only in a new version, with `removes`.',
				},
			});
		}
	}
	return differences;
}

/** Texts whose file is the one locked but whose content changed: only these can be corrected. */
function editedRevisions(resolved: ResolvedVersion, locked: VersionRecordDigest): ShownFile[] {
	return shownFiles(resolved).filter((r) => {
		const key = `${r.locale}/${r.clause}`;
		return locked.texts[key] !== undefined && locked.sources[key] === r.version && locked.texts[key] !== r.sha256;
	});
}

/** Only a new correction in the version file of the text's own version can account for an edit of it. */
function launders(model: StatementModel, revision: ShownFile, reference: Record<string, VersionRecordDigest>): boolean {
	const own = model.versions.find((v) => v.id === revision.version)!.source;
	const known = reference[revision.version]?.corrections.length ?? 0;
	return own.corrections.slice(known).some((c) => c.clause === revision.clause && c.locale === revision.locale);
}

function editedText(revision: ShownFile, versions: string[], laundered: boolean, against: string) {
	return {
		file: revision.file,
		message: `the text of clause \`${revision.clause}\` (${revision.locale}) differs from ${against}, where it is in published version${versions.length > 1 ? 's' : ''} ${versions.join(', ')}.`,
		hint: laundered
			? `A correction is recorded in versions/${revision.version}.yaml; run \`${lockCommand}\` to lock the corrected text.`
			: `Published text is fixed. Restore it (e.g. \`git checkout -- ${revision.file}\`) and put the new text in a new version; for an editorial correction, add an entry under \`corrections\` in versions/${revision.version}.yaml and run \`${lockCommand}\`.`,
	};
}
