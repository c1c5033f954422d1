import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { committedLockText, lockInHistory, parseLockFile, serializeLock } from '../../integration/content/lockfile.ts';
import type { LockFile } from '../../integration/model/lock/index.ts';
import { byCodeUnits } from '../../integration/model/digest.ts';
import { commitAll } from './content-site.ts';

// Counts the questions to git about a file in HEAD, which `astro dev` would otherwise ask on every reload.
const shows = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:child_process', async (original) => {
	const actual = await original<typeof import('node:child_process')>();
	const spawnSync = (command: string, args: string[], options: object) => {
		if (args.includes('show')) shows.count += 1;
		return actual.spawnSync(command, args, options);
	};
	return { ...actual, spawnSync };
});

const file = 'content/privacy/policy.lock.json';
const sha = 'a'.repeat(64);
const valid = {
	lockfileVersion: 2,
	document: 'privacy',
	urls: { nl: '/privacy/' },
	versions: {
		'2019-01-01': {
			fingerprint: sha,
			record: sha,
			controller: sha,
			texts: { 'nl/intro': sha },
			sources: { 'nl/intro': '2019-01-01' },
			corrections: [],
			lockedOn: '2025-01-01',
			superseded: [],
		},
	},
};

describe('parseLockFile', () => {
	it('reads a lock file', () => {
		expect(parseLockFile(JSON.stringify(valid), file, 'privacy').lock).toEqual(valid);
	});

	it('names the file and the way back for a merge conflict, an empty object, and another format', () => {
		const conflict = parseLockFile('<<<<<<< HEAD\n{}\n=======\n', file, 'privacy').problem!;
		expect(conflict).toMatchObject({ file, message: expect.stringContaining('not valid JSON'), hint: expect.stringContaining(`git checkout -- ${file}`) });
		expect(parseLockFile('{}', file, 'privacy').problem).toMatchObject({ field: 'lockfileVersion', message: expect.stringContaining('is undefined') });
		expect(parseLockFile(JSON.stringify({ ...valid, lockfileVersion: 99 }), file, 'privacy').problem!.message).toContain(
			'`lockfileVersion` is 99; this astro-privacy reads lock files of version 2 only.',
		);
		expect(parseLockFile(JSON.stringify({ ...valid, versions: { '2019-01-01': { fingerprint: 'x' } } }), file, 'privacy').problem!.message).toContain(
			'malformed',
		);
		expect(parseLockFile(JSON.stringify(valid), file, 'cookies').problem!.message).toContain('belongs to statement `privacy`');
	});
});

describe('a lock file that is not what it should be', () => {
	const recover = `Restore the file from git (\`git checkout -- ${file}\`, or \`git log -p -- ${file}\` to find the last good one), then run \`npm run lock\`.`;
	const record = valid.versions['2019-01-01'];
	const malformed = (versions: unknown) => parseLockFile(JSON.stringify({ ...valid, versions }), file, 'privacy').problem!.message;

	it('says how to recover from a missing version, and what to do with another one', () => {
		expect(parseLockFile('null', file, 'privacy').problem).toEqual({
			file,
			field: 'lockfileVersion',
			message: '`lockfileVersion` is undefined; this astro-privacy reads lock files of version 2 only.',
			hint: recover,
		});
		expect(parseLockFile(JSON.stringify({ ...valid, lockfileVersion: 1 }), file, 'privacy').problem!.hint).toBe(
			'Use the astro-privacy version that wrote it, or restore the file from git.',
		);
		expect(parseLockFile(JSON.stringify(valid), file, 'cookies').problem).toEqual({
			file,
			field: 'document',
			message: 'this lock file belongs to statement `privacy`, not `cookies`.',
			hint: recover,
		});
	});

	it('takes digests as 64 hex digits, texts as <locale>/<clause> and dates as YYYY-MM-DD, and names what is wrong', () => {
		expect(malformed({ '2019-01-01': { ...record, fingerprint: `x${sha}`, record: `${sha}x` } })).toBe(
			'the lock file is malformed:\n- **versions.2019-01-01.fingerprint**: expected a SHA-256 in hex\n- **versions.2019-01-01.record**: expected a SHA-256 in hex',
		);
		expect(malformed({ '2019-01-01': { ...record, texts: { 'nl/intro/x': sha } } })).toBe(
			'the lock file is malformed:\n- **versions.2019-01-01.texts.nl/intro/x**: expected `<locale>/<clause>`',
		);
		for (const date of ['x2019-01-01', '2019-01-01x']) {
			expect(malformed({ '2019-01-01': { ...record, sources: { 'nl/intro': date } } }), date).toContain('versions.2019-01-01.sources.nl/intro');
			expect(malformed({ '2019-01-01': { ...record, lockedOn: date } }), date).toContain('versions.2019-01-01.lockedOn');
		}
	});

	it('is written with tabs and a final newline, so it reads back as it was', () => {
		const text = serializeLock(valid as LockFile);
		expect(text).toBe(`${JSON.stringify(valid, null, '\t')}\n`);
		expect(text).toMatch(/^\{\n\t"lockfileVersion": 2,/);
		expect(parseLockFile(text, file, 'privacy').lock).toEqual(valid);
	});
});

describe('the lock file in git', () => {
	const root = mkdtempSync(join(tmpdir(), 'astro-privacy-lock-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const git = (...args: string[]) =>
		spawnSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
			encoding: 'utf8',
		});
	const lockPath = 'content/privacy/policy.lock.json';

	it('is not asked for outside a repository, or before its first commit', () => {
		expect(committedLockText(root, lockPath)).toBeUndefined();
		git('init', '-q');
		expect(committedLockText(root, lockPath)).toBeUndefined();
		expect(lockInHistory(root, 'privacy')).toBeUndefined();
	});

	it('is read as committed in HEAD, or null when HEAD has none', () => {
		mkdirSync(join(root, 'content/privacy'), { recursive: true });
		writeFileSync(join(root, 'README'), 'x');
		git('add', 'README');
		git('commit', '-q', '-m', 'Start');
		expect(committedLockText(root, lockPath)).toBeNull();
		writeFileSync(join(root, lockPath), serializeLock(valid as LockFile));
		git('add', lockPath);
		git('commit', '-q', '-m', 'Lock the privacy statement');
		writeFileSync(join(root, lockPath), 'changed in the work tree');
		expect(committedLockText(root, lockPath)).toBe(serializeLock(valid as LockFile));
	});

	it('is found in the history after it was deleted, by the statement it records: the newest commit that added or removed it', () => {
		const added = git('rev-parse', '--short', 'HEAD').stdout.trim();
		git('checkout', '-q', '--', lockPath);
		expect(lockInHistory(root, 'privacy')).toBe(`${added} Lock the privacy statement`);
		git('rm', '-q', lockPath);
		git('commit', '-q', '-m', 'Withdraw the lock');
		const removed = git('rev-parse', '--short', 'HEAD').stdout.trim();
		expect(lockInHistory(root, 'privacy')).toBe(`${removed} Withdraw the lock`);
		expect(lockInHistory(root, 'cookies')).toBeUndefined();
	});

	it('is asked again only once HEAD may have moved, so a commit or checkout during astro dev is noticed', () => {
		expect(committedLockText(root, lockPath)).toBeNull();
		const asked = shows.count;
		expect(committedLockText(root, lockPath)).toBeNull();
		expect(shows.count).toBe(asked);
		mkdirSync(join(root, 'content/privacy'), { recursive: true });
		writeFileSync(join(root, lockPath), serializeLock(valid as LockFile));
		git('add', lockPath);
		git('commit', '-q', '-m', 'Lock again');
		expect(committedLockText(root, lockPath)).toBe(serializeLock(valid as LockFile));
		expect(shows.count).toBe(asked + 1);
		git('checkout', '-q', '-b', 'before', 'HEAD~1');
		expect(committedLockText(root, lockPath)).toBeNull();
	});
});

describe('the lock file in git, for a folder that becomes a repository during astro dev', () => {
	it('asks git again once the folder is a repository: outside one, nothing is remembered', () => {
		const root = mkdtempSync(join(tmpdir(), 'astro-privacy-lock-init-'));
		try {
			const lockPath = 'content/privacy/policy.lock.json';
			expect(committedLockText(root, lockPath)).toBeUndefined();
			mkdirSync(join(root, 'content/privacy'), { recursive: true });
			writeFileSync(join(root, lockPath), serializeLock(valid as LockFile));
			commitAll(root, 'Lock the privacy statement');
			expect(committedLockText(root, lockPath)).toBe(serializeLock(valid as LockFile));
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('byCodeUnits', () => {
	it('orders by code units, whatever the machine locale', () => {
		expect(['b', 'B', 'a', 'å', 'A', 'z'].sort(byCodeUnits)).toEqual(['A', 'B', 'a', 'b', 'z', 'å']);
	});

	it('is a comparator: negative, zero or positive', () => {
		expect([byCodeUnits('a', 'b'), byCodeUnits('b', 'b'), byCodeUnits('b', 'a')]).toEqual([-1, 0, 1]);
		expect(byCodeUnits('Z', 'a')).toBe(-1);
	});
});
