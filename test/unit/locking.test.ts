import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../integration/config/run.ts';
import { parseLockFile } from '../../integration/content/lockfile.ts';
import { orphanLocks } from '../../integration/content/locking.ts';
import type { LockFile } from '../../integration/model/lock/index.ts';
import { commitAll, git, loadWith, tempSites } from './content-site.ts';
import { fixture, fixtureConfig } from './statement-files.ts';

const site = tempSites('locking-');
const strict = fixtureConfig();
const lenient = fixtureConfig({ strict: false });
const build: RunRequest = { kind: 'build' };
const lock = (init = false): RunRequest => ({ kind: 'lock', init, stage: '' });
const lockPath = 'content/privacy/policy.lock.json';
const noHistory = `warn privacy: no git history here, so the lock can only be checked against ${lockPath} itself.`;
const initHint = '`npm run lock -- --init` (the first lock of a statement already in effect)';
const unlocked = (versions: string) => `privacy: version(s) ${versions} not in ${lockPath}, so their text is not protected.`;
const inEffect = (id: string) => `version ${id} has been in effect since ${id}, but no lock has ever recorded it.`;
const removeLock = (content: string) => rmSync(join(content, 'policy.lock.json'));
const editLock = (edit: (lock: LockFile) => void) => (content: string) => {
	const json = JSON.parse(readFileSync(join(content, 'policy.lock.json'), 'utf8')) as LockFile;
	edit(json);
	writeFileSync(join(content, 'policy.lock.json'), `${JSON.stringify(json, null, '\t')}\n`);
};
const editPublished = (content: string) =>
	writeFileSync(join(content, 'nl/retention/2020-01-01.mdx'), readFileSync(join(content, 'nl/retention/2020-01-01.mdx'), 'utf8') + '\nEen zin erbij.\n');
const newVersion = (date: string) => (content: string) => {
	for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(content, file));
	writeFileSync(join(content, `versions/${date}.yaml`), 'summary:\n  nl: Nieuw.\n  en: New.\n');
	writeFileSync(join(content, `nl/retention/${date}.mdx`), '---\ntitle: Bewaartermijnen\norder: 20\n---\n\nWij bewaren gegevens korter.\n');
	writeFileSync(join(content, `en/retention/${date}.mdx`), '---\ntitle: Retention\norder: 20\n---\n\nWe keep data for less time.\n');
};

describe('checkLock: the build against the lock', () => {
	it('calls a lock file missing from the work tree but committed in git a deletion, with the way back', async () => {
		const root = site();
		commitAll(root);
		removeLock(join(root, 'content/privacy'));
		const { problems } = await loadWith(root, strict, build);
		expect(problems).toEqual([
			{ file: lockPath, message: 'the lock file is missing, but git HEAD has one.', hint: `Restore it: \`git checkout -- ${lockPath}\`.` },
			{ file: lockPath, message: unlocked('2020-01-01, 2022-01-01, 2030-01-01'), hint: `Run ${initHint} and commit the lock file.` },
		]);
	});

	it('does not ask git about a lock file that is there, nor call a missing one deleted without git history', async () => {
		const committed = site();
		commitAll(committed);
		expect((await loadWith(committed, strict, build)).problems).toEqual([]);
		const fresh = await loadWith(site(removeLock), strict, build);
		expect(fresh.problems).toEqual([
			{ file: lockPath, message: unlocked('2020-01-01, 2022-01-01, 2030-01-01'), hint: `Run ${initHint} and commit the lock file.` },
		]);
	});

	it('only warns about unlocked versions when not strict, with the command to run', async () => {
		const { problems, log } = await loadWith(site(removeLock), lenient, build);
		expect(problems).toEqual([]);
		expect(log).toEqual([`warn ${unlocked('2020-01-01, 2022-01-01, 2030-01-01')} Run ${initHint}.`]);
	});

	it('asks for --init only when a never-locked statement has a version in effect on the build date', async () => {
		const root = site(removeLock);
		const on = async (buildDate: string) => (await loadWith(root, { ...lenient, buildDate }, build)).log;
		// On the build date itself a version is not yet in effect before it.
		expect(await on('2020-01-01')).toEqual([`warn ${unlocked('2020-01-01, 2022-01-01, 2030-01-01')} Run \`npm run lock\`.`]);
		expect(await on('2019-12-31')).toEqual([`warn ${unlocked('2020-01-01, 2022-01-01, 2030-01-01')} Run \`npm run lock\`.`]);
		// One version in effect is enough.
		expect(await on('2022-01-01')).toEqual([`warn ${unlocked('2020-01-01, 2022-01-01, 2030-01-01')} Run ${initHint}.`]);
	});

	it('asks for the plain lock command when the statement has a lock, even for a version already in effect', async () => {
		const { problems } = await loadWith(site(newVersion('2031-03-01')), strict, build);
		expect(problems).toEqual([{ file: lockPath, message: unlocked('2031-03-01'), hint: 'Run `npm run lock` and commit the lock file.' }]);
	});
});

describe('nextLock: the lock command, against the lock file and git HEAD', () => {
	it('warns that without git history the lock file is all it can check against', async () => {
		const alone = await loadWith(site(), strict, lock());
		expect(alone.problems).toEqual([]);
		expect(alone.log).toEqual([noHistory]);
		const root = site();
		commitAll(root);
		const committed = await loadWith(root, strict, lock());
		expect(committed.problems).toEqual([]);
		expect(committed.log).toEqual([]);
		expect(committed.locks).toEqual([{ path: lockPath, text: readFileSync(join(root, lockPath), 'utf8') }]);
	});

	it('compares once when git HEAD has the same lock as the work tree', async () => {
		const root = site();
		commitAll(root);
		editPublished(join(root, 'content/privacy'));
		const { problems } = await loadWith(root, strict, lock());
		expect(problems.map((p) => p.file)).toEqual(['content/privacy/nl/retention/2020-01-01.mdx']);
		expect(problems[0]!.message).toContain(`differs from ${lockPath}`);
	});

	it('names a lock in git HEAD that does not parse', async () => {
		const root = site();
		const text = readFileSync(join(root, lockPath), 'utf8');
		writeFileSync(join(root, lockPath), '{}');
		commitAll(root);
		writeFileSync(join(root, lockPath), text);
		const { problems } = await loadWith(root, strict, lock());
		expect(problems).toEqual([parseLockFile('{}', `${lockPath} in git HEAD`, 'privacy').problem]);
		expect(problems[0]!.file).toBe('content/privacy/policy.lock.json in git HEAD');
	});

	it('checks the content against a committed lock that differs from the work tree', async () => {
		const root = site(editLock((json) => (json.versions['2020-01-01']!.texts['nl/retention'] = 'b'.repeat(64))));
		commitAll(root);
		// The work tree gets the fixture's lock back: only HEAD's differs from the content.
		cpSync(join(fixture, 'privacy/policy.lock.json'), join(root, lockPath));
		const { problems } = await loadWith(root, strict, lock());
		expect(problems.map((p) => p.file)).toEqual(['content/privacy/nl/retention/2020-01-01.mdx']);
		expect(problems[0]!.message).toContain(`differs from ${lockPath} as committed in git HEAD`);
	});

	it('takes the lock from git HEAD when the work tree lost it', async () => {
		const root = site();
		const text = readFileSync(join(root, lockPath), 'utf8');
		commitAll(root);
		removeLock(join(root, 'content/privacy'));
		const { problems, locks } = await loadWith(root, strict, lock());
		expect(problems).toEqual([]);
		expect(locks).toEqual([{ path: lockPath, text }]);
	});

	it('refuses --init where git history has a lock of the statement, and says how to restore it', async () => {
		const root = site();
		commitAll(root);
		git(root, 'rm', '-q', lockPath);
		git(root, 'commit', '-q', '-m', 'Withdraw the lock');
		const commit = git(root, 'rev-parse', '--short', 'HEAD').stdout.trim();
		const init = await loadWith(root, strict, lock(true));
		expect(init.problems[0]).toEqual({
			file: lockPath,
			message: `\`--init\` would start a new record, but git history has a lock of statement \`privacy\` (commit ${commit} Withdraw the lock).`,
			hint: 'Restore that lock file (`git show <commit>:<path>`) to where the content is now, and run `npm run lock` without `--init`.',
		});
		// Refused, --init locks nothing already in effect.
		expect(init.problems.slice(1).map((p) => p.message)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01'].map(inEffect));
		const plain = await loadWith(root, strict, lock());
		expect(plain.problems.map((p) => p.message)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01'].map(inEffect));
	});

	it('ignores --init where the statement has a lock, without looking in the history', async () => {
		const root = site();
		commitAll(root);
		const result = await loadWith(root, strict, lock(true));
		expect(result.problems).toEqual([]);
		result.report();
		expect(result.log).toEqual(['info privacy: 3 version(s).']);
	});

	it('locks versions in effect with --init only, and reports it loudly', async () => {
		const plain = await loadWith(site(removeLock), strict, lock());
		expect(plain.problems.map((p) => p.message)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01'].map(inEffect));
		const init = await loadWith(site(removeLock), strict, lock(true));
		expect(init.problems).toEqual([]);
		expect(Object.keys(JSON.parse(init.locks[0]!.text).versions)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01']);
		init.report();
		expect(init.log).toEqual([
			noHistory,
			'info privacy: 3 version(s).',
			'warn privacy: --init locked versions 2020-01-01, 2022-01-01, 2030-01-01, which were already in effect without a lock. The lock vouches for their text from today on only (see `lockedOn` in the lock file); compare with the deployed site (astro-privacy-verify --against <site URL>).',
		]);
	});

	it('reports corrections and newly locked versions', async () => {
		const root = site((content) => {
			editPublished(content);
			writeFileSync(
				join(content, 'versions/2020-01-01.yaml'),
				`${readFileSync(join(content, 'versions/2020-01-01.yaml'), 'utf8')}corrections:\n  - date: 2031-05-01\n    clause: retention\n    locale: nl\n    note: Een zin vergeten.\n`,
			);
		});
		const corrected = await loadWith(root, strict, lock());
		expect(corrected.problems).toEqual([]);
		corrected.report();
		expect(corrected.log).toEqual([noHistory, 'info privacy: 3 version(s); corrections: 2020-01-01 nl/retention.']);
		const added = await loadWith(site(newVersion('2032-01-01')), strict, lock());
		added.report();
		expect(added.log).toEqual([noHistory, 'info privacy: 4 version(s); newly locked: 2032-01-01.']);
	});

	it('warns when URLs moved since the last lock', async () => {
		const result = await loadWith(site(editLock((json) => (json.urls.en = '/english/privacy/'))), strict, lock());
		expect(result.problems).toEqual([]);
		result.report();
		expect(result.log).toEqual([
			noHistory,
			'info privacy: 3 version(s).',
			'warn privacy: the URLs of en moved since the last lock; redirect the old ones to the new.',
		]);
	});
});

describe('orphanLocks: a published statement left out of the options', () => {
	it('finds nothing without a content folder', () => {
		expect(orphanLocks(site(), 'elsewhere', [])).toEqual([]);
	});

	it('names each folder with a lock that no configured statement has', () => {
		const root = site((content) => {
			cpSync(content, join(content, '../cookies'), { recursive: true });
			mkdirSync(join(content, '../unlocked'));
			writeFileSync(join(content, '../README.md'), 'notes');
		});
		expect(orphanLocks(root, 'content', strict.statements)).toEqual([
			{
				file: 'content/cookies/policy.lock.json',
				message: 'statement `cookies` has been published (it has a lock), but astroPrivacy() no longer lists it, so its pages would disappear.',
				hint: "Add `{ id: 'cookies' }` to `statements` in the astroPrivacy() options. To withdraw a statement, publish a version that says so.",
			},
		]);
	});
});
