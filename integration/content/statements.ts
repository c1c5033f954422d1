import type { ResolvedConfig } from '../config/resolve.ts';
import type { RunRequest } from '../config/run.ts';
import { checkCitedBases, checkCompleteness } from '../model/completeness.ts';
import { checkControllerIdentity } from '../model/controller-checks.ts';
import { checkCookies } from '../model/cookie-checks.ts';
import { LOCK_FILE } from '../model/paths.ts';
import { checkReferences } from '../model/references.ts';
import { checkRegisters } from '../model/register-checks.ts';
import { buildTimeline } from '../model/timeline.ts';
import type { ContentProblem, Logger } from '../model/types.ts';
import { checkChanges, checkSections, checkTranslations, validateStatement } from '../model/validate.ts';
import { statementFolder, type StatementRead } from './folder.ts';
import { committedLockText, parseLockFile } from './lockfile.ts';
import { checkLock, currentUrls, nextLock, orphanLocks } from './locking.ts';
import type { FileParser, StoredEntry } from './read.ts';
import { toRecords } from './records.ts';
import { verifyAgainst, type CheckedStatement } from './verify.ts';

export interface LoadOptions {
	/** The content folder, relative to `root`. */
	base: string;
	config: ResolvedConfig;
	/** What the load is for: the build's check against the lock, the lock command's next lock, or verify's comparison. */
	mode: RunRequest;
	files: FileParser;
	logger: Logger;
}

export interface LoadResult {
	/** Empty when every statement passed every check of the mode. */
	problems: ContentProblem[];
	/** What the collection stores: every file, drafts included. */
	entries: StoredEntry[];
	/** In `lock` mode, the lock file of every statement, to be written only when there are no problems. */
	locks: { path: string; text: string }[];
	/** Logs what the lock command locked; call it once the locks are written. */
	report(): void;
}

/** What one statement's files gave and its checks found, kept until a file of it changes, or what else the checks read. */
interface StatementLoad {
	/** Whether the work tree has no lock file: the checks then ask git for the committed one. */
	lockless: boolean;
	/** What else the checks read (see `dependencies`), as it was before they ran. */
	depends: string;
	entries: StoredEntry[];
	problems: ContentProblem[];
	/** What the checks logged: every load logs it again, as a fresh start would. */
	logs: [keyof Logger, string][];
	lock?: { path: string; text: string; report(logger: Logger): void };
	checked?: CheckedStatement;
}

/**
 * The configured statements, read and run through one set of checks, whatever the mode: the schema, the
 * versions and translations, references, completeness and the lock. So the build, the lock and verify
 * cannot disagree about what is valid; they differ only in what they do with the lock.
 */
export function statementContent(root: string, options: LoadOptions) {
	const { base, config, mode, logger } = options;
	const statements = config.statements.map((statement) => ({
		statement,
		folder: statementFolder({ parser: options.files, root, base, statement: statement.id }),
		load: undefined as StatementLoad | undefined,
	}));
	return {
		/**
		 * `today` is the real date (YYYY-MM-DD): a correction or a newly locked version is judged by it, never by
		 * a pinned build date. With `changed`, the paths file events named, only those files are read again and
		 * only their statements checked again; the rest is as the last load left it.
		 */
		async load(today: string, changed?: string[]): Promise<LoadResult> {
			const problems: ContentProblem[] = orphanLocks(root, base, config.statements);
			const entries: StoredEntry[] = [];
			try {
				for (const s of statements) {
					const own = changed?.filter(s.folder.holds) ?? [];
					if (!changed || !s.load) await s.folder.scan();
					else if (own.length === 0 && s.load.depends === dependencies(root, base, s.statement.id, s.load.lockless, today)) continue;
					else for (const path of own) await s.folder.update(path);
					s.load = checkStatement(root, options, s.statement, s.folder.read(), today);
				}
			} catch (error) {
				// A folder half read: the next load reads everything again.
				for (const s of statements) s.load = undefined;
				throw error;
			}
			const loads = statements.map((s) => s.load!);
			for (const load of loads) {
				entries.push(...load.entries);
				problems.push(...load.problems);
				for (const [level, message] of load.logs) logger[level](message);
			}
			const checked = loads.flatMap((load) => (load.checked ? [load.checked] : []));
			if (problems.length === 0 && mode.kind === 'verify') problems.push(...(await verifyAgainst(mode, checked, { base, config, logger })));
			const locks = loads.flatMap((load) => (load.lock ? [load.lock] : []));
			return { problems, entries, locks: locks.map(({ path, text }) => ({ path, text })), report: () => locks.forEach((lock) => lock.report(logger)) };
		},
		/** Which of these paths, read by the last loads, changed since. */
		changedSince: (paths: string[]) => paths.filter((path) => statements.some((s) => s.folder.holds(path) && s.folder.changedSince(path))),
	};
}

/** What a statement's checks read besides its files: the day, and the lock committed in git where the work tree has none. */
const dependencies = (root: string, base: string, id: string, lockless: boolean, today: string) =>
	`${today} ${lockless && committedLockText(root, `${base}/${id}/${LOCK_FILE}`)}`;

/** The checks of one statement as its files give it. */
function checkStatement(root: string, { base, config, mode }: LoadOptions, statement: ResolvedConfig['statements'][number], read: StatementRead, today: string): StatementLoad {
	const logs: StatementLoad['logs'] = [];
	const logger: Logger = { info: (message) => logs.push(['info', message]), warn: (message) => logs.push(['warn', message]) };
	const lockless = read.lockText === undefined;
	// Taken before the checks, so that a commit while they run is seen by the next load.
	const depends = dependencies(root, base, statement.id, lockless, today);
	const load: StatementLoad = { lockless, depends, entries: read.entries, problems: read.problems, logs };
	if (!read.complete) return load;
	const { problems } = load;
	const checks = { base, locales: config.locales, missingTranslation: config.missingTranslation, today };
	const { versions, revisions, registers } = toRecords(statement.id, read.entries);
	const found = [...validateStatement(versions, revisions, checks), ...checkRegisters(registers, revisions, versions, checks)];
	problems.push(...found);
	if (found.length > 0) return load;
	const timeline = { buildDate: config.buildDate, defaultLocale: config.defaultLocale, controller: statement.controller, contact: statement.contact };
	const model = buildTimeline(versions, revisions, { ...timeline, includeDrafts: false }, registers);
	if (model.versions.length === 0 && !config.dev) {
		problems.push({
			file: `${base}/${statement.id}/versions/`,
			message: `statement \`${statement.id}\` has no published version yet, so its pages would be empty.`,
			hint: `Publish a version (a \`versions/<YYYY-MM-DD>.yaml\` without \`draft: true\`), or remove \`${statement.id}\` from \`statements\` until it is ready.`,
		});
		return load;
	}
	// `astro dev` shows drafts, so it checks them too; without drafts that is the same model.
	const shown = config.dev && versions.some((v) => v.draft) ? buildTimeline(versions, revisions, { ...timeline, includeDrafts: true }, registers) : model;
	const { references } = read;
	problems.push(...checkTranslations(shown, checks), ...checkChanges(shown, checks), ...checkSections(shown), ...checkReferences(shown, references));
	const lockPath = `${base}/${statement.id}/${LOCK_FILE}`;
	const parsed = read.lockText === undefined ? {} : parseLockFile(read.lockText, lockPath, statement.id);
	if (parsed.problem) {
		problems.push(parsed.problem);
		return load;
	}
	const locked = new Set(shown.versions.filter((v) => parsed.lock?.versions[v.id]).map((v) => v.id));
	const open = new Set(shown.versions.filter((v) => !locked.has(v.id)).map((v) => v.id));
	const completeness = checkCompleteness(shown, { defaultLocale: config.defaultLocale, locked, art13: statement.art13 });
	const gaps = [...completeness.open, ...checkCitedBases(shown, open, references), ...checkCookies(shown, open), ...checkControllerIdentity(shown, open)];
	const warn = (gap: ContentProblem) => logger.warn(`${where(gap).replaceAll('**', '')}: ${gap.message} ${gap.hint}`);
	if (config.strict) problems.push(...gaps);
	else gaps.forEach(warn);
	// A locked version is the record: a build cannot fix what it lacks, so it only warns.
	completeness.locked.forEach(warn);
	const lock = { root, statement: statement.id, lockPath, lock: parsed.lock, model, context: { base, versions, urls: currentUrls(config, statement.base) } };
	if (mode.kind === 'lock') {
		const next = nextLock(lock, { init: mode.init, today }, logger);
		problems.push(...next.problems);
		load.lock = { path: lockPath, text: next.text, report: next.report };
	} else {
		problems.push(...checkLock(lock, config, logger));
	}
	load.checked = { statement: statement.id, model, versions, lock: parsed.lock };
	return load;
}

export const where = (p: ContentProblem) => `**${p.file}**${p.field ? ` (field \`${p.field}\`)` : ''}`;
