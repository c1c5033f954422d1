import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '../config/resolve.ts';
import { updateLock, verifyLock, type LockContext, type LockFile, type LockUpdate } from '../model/lock/index.ts';
import { LOCK_FILE } from '../model/paths.ts';
import type { ContentProblem, Logger, StatementModel } from '../model/types.ts';
import { policyUrl } from '../model/urls.ts';
import { committedLockText, lockInHistory, parseLockFile, serializeLock } from './lockfile.ts';

export interface StatementLock {
	root: string;
	statement: string;
	lockPath: string;
	/** The lock file, when there is one, as the loader parsed it. */
	lock: LockFile | undefined;
	model: StatementModel;
	context: LockContext;
}

/** The URL of the current page per locale: what the lock keeps from moving. */
export function currentUrls(config: ResolvedConfig, statementBase: string): Record<string, string> {
	return Object.fromEntries(config.locales.map((locale) => [locale, policyUrl(config, statementBase, locale, { kind: 'current' })]));
}

/** The build's check of one statement against its lock. */
export function checkLock(lock: StatementLock, config: Pick<ResolvedConfig, 'buildDate' | 'strict'>, logger: Logger): ContentProblem[] {
	const problems: ContentProblem[] = [];
	// A lock file that is gone from the work tree but committed is a deletion, not a new statement.
	if (!lock.lock && typeof committedLockText(lock.root, lock.lockPath) === 'string') {
		problems.push({ file: lock.lockPath, message: 'the lock file is missing, but git HEAD has one.', hint: `Restore it: \`git checkout -- ${lock.lockPath}\`.` });
	}
	const check = verifyLock(lock.model, lock.lock, lock.context, lock.lockPath);
	problems.push(...check.problems);
	if (check.unlocked.length > 0) {
		const message = `${lock.statement}: version(s) ${check.unlocked.join(', ')} not in ${lock.lockPath}, so their text is not protected.`;
		// A statement never locked whose versions are already in effect needs --init; the lock command says so too.
		const command = lock.lock || check.unlocked.every((id) => id >= config.buildDate) ? '`npm run lock`' : '`npm run lock -- --init` (the first lock of a statement already in effect)';
		if (config.strict) problems.push({ file: lock.lockPath, message, hint: `Run ${command} and commit the lock file.` });
		else logger.warn(`${message} Run ${command}.`);
	}
	return problems;
}

/** The lock command's work for one statement: the new lock, checked against the file and git's HEAD, and its report for once it is written. */
export function nextLock(lock: StatementLock, { init, today }: { init: boolean; today: string }, logger: Logger) {
	const problems: ContentProblem[] = [];
	const previous = lock.lock ? [{ lock: lock.lock, path: lock.lockPath }] : [];
	const committed = committedLockText(lock.root, lock.lockPath);
	if (committed === undefined) logger.warn(`${lock.statement}: no git history here, so the lock can only be checked against ${lock.lockPath} itself.`);
	if (typeof committed === 'string' && committed !== (lock.lock && serializeLock(lock.lock))) {
		const head = parseLockFile(committed, `${lock.lockPath} in git HEAD`, lock.statement);
		if (head.problem) problems.push(head.problem);
		if (head.lock) previous.push({ lock: head.lock, path: `${lock.lockPath} as committed in git HEAD` });
	}
	// A moved or deleted lock is still in git's history: --init may not start the record over.
	const earlier = init && previous.length === 0 ? lockInHistory(lock.root, lock.statement) : undefined;
	if (earlier) problems.push({ file: lock.lockPath, message: `\`--init\` would start a new record, but git history has a lock of statement \`${lock.statement}\` (commit ${earlier}).`, hint: 'Restore that lock file (`git show <commit>:<path>`) to where the content is now, and run `npm run lock` without `--init`.' });
	const update = updateLock(lock.model, previous, { ...lock.context, today, init: init && !earlier });
	problems.push(...update.problems);
	return { problems, text: serializeLock(update.lock), report: (to: Logger) => reportLock(to, lock.statement, update) };
}

/** A statement that was published (it has a lock) cannot disappear by being left out of the options. */
export function orphanLocks(root: string, base: string, statements: ResolvedConfig['statements']): ContentProblem[] {
	const folder = join(root, base);
	if (!existsSync(folder)) return [];
	const configured = new Set(statements.map((d) => d.id));
	return readdirSync(folder, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !configured.has(d.name) && existsSync(join(folder, d.name, LOCK_FILE)))
		.map((d) => ({ file: `${base}/${d.name}/${LOCK_FILE}`, message: `statement \`${d.name}\` has been published (it has a lock), but astroPrivacy() no longer lists it, so its pages would disappear.`, hint: `Add \`{ id: '${d.name}' }\` to \`statements\` in the astroPrivacy() options. To withdraw a statement, publish a version that says so.` }));
}

function reportLock(logger: Logger, statement: string, update: LockUpdate) {
	const parts = [`${Object.keys(update.lock.versions).length} version(s)`];
	if (update.added.length > 0) parts.push(`newly locked: ${update.added.join(', ')}`);
	if (update.corrected.length > 0) parts.push(`corrections: ${update.corrected.join(', ')}`);
	logger.info(`${statement}: ${parts.join('; ')}.`);
	if (update.moved.length > 0) logger.warn(`${statement}: the URLs of ${update.moved.join(', ')} moved since the last lock; redirect the old ones to the new.`);
	if (update.initialised.length > 0) {
		logger.warn(`${statement}: --init locked versions ${update.initialised.join(', ')}, which were already in effect without a lock. The lock vouches for their text from today on only (see \`lockedOn\` in the lock file); compare with the deployed site (astro-privacy-verify --against <site URL>).`);
	}
}

