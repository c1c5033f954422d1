import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CorrectionSchema } from '../model/schema/version.ts';
import { formatIssues } from '../config/errors.ts';
import { stampOf } from './read.ts';
import { LOCKFILE_VERSION, type LockFile } from '../model/lock/index.ts';
import type { ContentProblem } from '../model/types.ts';
import { ISO_DATE } from '../model/dates.ts';

const sha = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');

const RecordSchema = z.strictObject({
	fingerprint: sha,
	record: sha,
	controller: sha,
	texts: z.record(z.string().regex(/^[^/]+\/[^/]+$/, 'expected `<locale>/<clause>`'), sha),
	sources: z.record(z.string(), z.string().regex(ISO_DATE)),
	corrections: z.array(CorrectionSchema),
});

const LockFileSchema = z.strictObject({
	lockfileVersion: z.literal(LOCKFILE_VERSION),
	document: z.string(),
	urls: z.record(z.string(), z.string()),
	versions: z.record(z.string(), RecordSchema.extend({ lockedOn: z.string().regex(ISO_DATE), superseded: z.array(sha) })),
});

/** Parses a lock file; anything else (a merge conflict, `{}`, another format) is a problem naming the file. */
export function parseLockFile(text: string, file: string, statement: string): { lock?: LockFile; problem?: ContentProblem } {
	const recover = `Restore the file from git (\`git checkout -- ${file}\`, or \`git log -p -- ${file}\` to find the last good one), then run \`npm run lock\`.`;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { problem: { file, message: `the lock file is not valid JSON (${(error as Error).message}); a merge conflict leaves it this way.`, hint: recover } };
	}
	const version = (json as { lockfileVersion?: unknown } | null)?.lockfileVersion;
	if (version !== LOCKFILE_VERSION) {
		return { problem: { file, field: 'lockfileVersion', message: `\`lockfileVersion\` is ${JSON.stringify(version)}; this astro-privacy reads lock files of version ${LOCKFILE_VERSION} only.`, hint: version === undefined ? recover : 'Use the astro-privacy version that wrote it, or restore the file from git.' } };
	}
	const result = LockFileSchema.safeParse(json);
	if (!result.success) return { problem: { file, message: `the lock file is malformed:\n${formatIssues(result.error)}`, hint: recover } };
	if (result.data.document !== statement) {
		return { problem: { file, field: 'document', message: `this lock file belongs to statement \`${result.data.document}\`, not \`${statement}\`.`, hint: recover } };
	}
	return { lock: result.data as LockFile };
}

/**
 * The lock file as committed in git's HEAD: its text, `null` when HEAD has no such file, or `undefined`
 * when there is no git history to ask (git missing, not a repository, no commit yet). `astro dev` asks on
 * every reload, so git is asked again only once HEAD may have moved.
 */
export function committedLockText(root: string, file: string): string | null | undefined {
	const head = headState(root);
	if (head === undefined) return undefined;
	const key = `${root}\0${file}`;
	const known = answers.get(key);
	if (known?.head === head) return known.text;
	const hasCommit = spawnSync('git', ['-C', root, 'rev-parse', '--verify', '-q', 'HEAD'], { encoding: 'utf8' }).status === 0;
	const result = hasCommit ? spawnSync('git', ['-C', root, 'show', `HEAD:./${file}`], { encoding: 'utf8' }) : undefined;
	const text = result && (result.status === 0 ? result.stdout : null);
	answers.set(key, { head, text });
	return text;
}

/** What git answered per root and lock file, and the state of HEAD it answered in. */
const answers = new Map<string, { head: string; text: string | null | undefined }>();
/** The git folder of each root that is in a repository: a root does not move to another one. */
const gitDirs = new Map<string, string>();

/**
 * A cheap stand-in for HEAD's commit: git rewrites `HEAD` on a checkout, and appends to `logs/HEAD` and
 * rewrites `index` when a commit, reset or merge moves it. `undefined` outside a repository (or without
 * git), which is not remembered, so a `git init` is noticed.
 */
function headState(root: string): string | undefined {
	if (!gitDirs.has(root)) {
		const found = spawnSync('git', ['-C', root, 'rev-parse', '--absolute-git-dir'], { encoding: 'utf8' });
		if (found.error || found.status !== 0) return undefined;
		gitDirs.set(root, found.stdout.trim());
	}
	const dir = gitDirs.get(root)!;
	return ['HEAD', 'logs/HEAD', 'index'].map((name) => stampOf(statSync(join(dir, name), { throwIfNoEntry: false }))).join(' ');
}

/** The newest commit, anywhere in git's history, with a lock file of this statement at any path. */
export function lockInHistory(root: string, statement: string): string | undefined {
	const result = spawnSync('git', ['-C', root, 'log', '--all', '-1', '--format=%h %s', `-S"document": "${statement}"`, '--', ':(glob)**/policy.lock.json'], { encoding: 'utf8' });
	return result.status === 0 && result.stdout.trim() ? result.stdout.trim() : undefined;
}

export function serializeLock(lock: LockFile): string {
	return `${JSON.stringify(lock, null, '\t')}\n`;
}
