import { writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import config from 'virtual:astro-privacy/config';
import { userError } from '../config/errors.ts';
import { LOCK_FILE } from '../model/paths.ts';
import { buildTimeline } from '../model/timeline.ts';
import type { ContentProblem } from '../model/types.ts';
import { checkCompleteness } from '../model/completeness.ts';
import { checkReferences, referencesIn } from '../model/references.ts';
import { checkChanges, checkSections, checkTranslations, validateStatement } from '../model/validate.ts';
import { parseLockFile } from './lockfile.ts';
import { checkLock, currentUrls, nextLock, orphanLocks } from './locking.ts';
import { readStatement, type StoredEntry } from './read.ts';
import { PROBLEMS_ENTRY, toRecords } from './records.ts';
import { verifyAgainst, type CheckedStatement } from './verify.ts';

export interface PolicyLoaderOptions {
	/** Folder holding one sub-folder per statement, relative to the project root. Default `content`. */
	base?: string;
}

/** Set by `astro-privacy-lock` (`write`, or `init` for `--init`); the only way a lock file is written. */
const LOCK_MODE = process.env.ASTRO_PRIVACY_LOCK;
/** Where `astro-privacy-lock` collects the new lock files; it moves them into place once the build has passed. */
const LOCK_STAGE = process.env.ASTRO_PRIVACY_LOCK_STAGE;
/** Set by `astro-privacy-verify`: what to compare the content's records with. */
const VERIFY = process.env.ASTRO_PRIVACY_VERIFY;

/** Loads every statement's versions and clause texts, checks them as a whole, and stores them in one collection. */
export function policyLoader(options: PolicyLoaderOptions = {}): Loader {
	const base = (options.base ?? 'content').replace(/^\.\//, '').replace(/\/$/, '');
	return {
		name: 'astro-privacy',
		load: async (context) => {
			const folder = join(fileURLToPath(context.config.root), base);
			await loadAll(context, base);
			// One reload at a time: an editor's save can fire several events, and reloads must not interleave.
			let reloading = Promise.resolve();
			context.watcher?.add(folder);
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(folder + sep)) reloading = reloading.then(() => loadAll(context, base));
			});
		},
	};
}

async function loadAll(context: LoaderContext, base: string) {
	const root = fileURLToPath(context.config.root);
	const problems: ContentProblem[] = [];
	const stored: StoredEntry[] = [];
	const checked: CheckedStatement[] = [];
	const staged: { path: string; text: string }[] = [];
	const reports: (() => void)[] = [];
	try {
		problems.push(...orphanLocks(root, base));
		for (const document of config.statements) {
			const { entries, lockText, complete } = await readStatement(context, root, base, document.id, problems);
			stored.push(...entries);
			if (!complete) continue;
			const { versions, revisions } = toRecords(document.id, entries);
			const checks = { base, locales: config.locales, missingTranslation: config.missingTranslation, today: new Date().toISOString().slice(0, 10) };
			const found = validateStatement(versions, revisions, checks);
			problems.push(...found);
			if (found.length > 0) continue;
			const timeline = { buildDate: config.buildDate, defaultLocale: config.defaultLocale, controller: document.controller };
			const model = buildTimeline(versions, revisions, { ...timeline, includeDrafts: false });
			if (model.versions.length === 0 && !config.dev) {
				problems.push({ file: `${base}/${document.id}/versions/`, message: `statement \`${document.id}\` has no published version yet, so its pages would be empty.`, hint: `Publish a version (a \`versions/<YYYY-MM-DD>.yaml\` without \`draft: true\`), or remove \`${document.id}\` from \`statements\` until it is ready.` });
				continue;
			}
			// `astro dev` shows drafts, so it checks them too.
			const shown = config.dev ? buildTimeline(versions, revisions, { ...timeline, includeDrafts: true }) : model;
			const references = new Map(entries.filter((e) => e.body !== undefined).map((e) => [e.id, referencesIn(e.body!)]));
			problems.push(...checkTranslations(shown, checks), ...checkChanges(shown, checks), ...checkSections(shown), ...checkReferences(shown, references));
			const lockPath = `${base}/${document.id}/${LOCK_FILE}`;
			const parsed = lockText === undefined ? {} : parseLockFile(lockText, lockPath, document.id);
			if (parsed.problem) {
				problems.push(parsed.problem);
				continue;
			}
			// A locked version is the record: what it lacks, only a new version can add. So only the rest is checked.
			const open = new Set(shown.versions.filter((v) => !parsed.lock?.versions[v.id]).map((v) => v.id));
			const gaps = checkCompleteness(shown, open, { contactBlock: document.contact, defaultLocale: config.defaultLocale });
			if (config.strict) problems.push(...gaps);
			else for (const gap of gaps) context.logger.warn(`${where(gap).replaceAll('**', '')}: ${gap.message} ${gap.hint}`);
			const lock = { root, document: document.id, lockPath, lock: parsed.lock, model, context: { base, versions, urls: currentUrls(document.base) } };
			if (LOCK_MODE) {
				const next = nextLock(lock, LOCK_MODE === 'init', context.logger);
				problems.push(...next.problems);
				staged.push({ path: lockPath, text: next.text });
				reports.push(next.report);
			} else {
				problems.push(...checkLock(lock, context.logger));
			}
			checked.push({ document: document.id, model, versions, lock: parsed.lock });
		}
		if (problems.length === 0 && VERIFY) problems.push(...(await verifyAgainst(JSON.parse(VERIFY), checked, base, context.logger)));
		if (problems.length > 0) throw contentError(problems);
	} catch (error) {
		// `astro dev` keeps running: the pages throw the error, so it shows in the error overlay.
		if (!config.dev) throw error;
		context.logger.error((error as Error).message);
		context.store.clear();
		context.store.set({ id: PROBLEMS_ENTRY, data: { kind: 'problems', message: (error as Error).message, hint: (error as AstroError).hint ?? '' } });
		return;
	}
	// Every statement passed: only now is any lock file staged, so the lock command writes all or none.
	if (LOCK_STAGE) await writeFile(LOCK_STAGE, JSON.stringify(staged));
	for (const report of reports) report();
	// Entries whose digest is unchanged stay as they are, so `astro dev` updates only what changed.
	const kept = stored.filter((entry) => config.dev || !entry.draft);
	const ids = new Set(kept.map((entry) => entry.id));
	for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
	for (const entry of kept) {
		const isClause = entry.data.kind === 'clause';
		context.store.set({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.filePath, digest: entry.digest, deferredRender: isClause });
	}
}

const where = (p: ContentProblem) => `**${p.file}**${p.field ? ` (field \`${p.field}\`)` : ''}`;

/**
 * One error for every problem found: what is wrong in the message, how to fix it in the hint, each said
 * once. Messages speak of statements: Astro swaps the hint of an error whose message says "document".
 */
function contentError(problems: ContentProblem[]): AstroError {
	if (problems.length === 1) return userError(`astro-privacy found a problem in the policy content: ${where(problems[0]!)}: ${problems[0]!.message}`, problems[0]!.hint);
	return userError(
		`astro-privacy found ${problems.length} problems in the policy content:\n${problems.map((p) => `- ${where(p)}: ${p.message}`).join('\n')}`,
		problems.map((p) => `- ${p.file}: ${p.hint}`).join('\n'),
	);
}
