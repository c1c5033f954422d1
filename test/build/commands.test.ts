import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from './fixture.ts';

const bin = (name: string) => fileURLToPath(new URL(`../../integration/bin/${name}.mjs`, import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const at = (root: string, path: string) => join(root, 'content/privacy', path);
const lockFile = (root: string) => readFileSync(at(root, 'policy.lock.json'), 'utf8');

/** Runs a command in a site copy as a user would, with the fixture's build date. */
function run(root: string, command: string, args: string[] = [], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [command, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, POLICY_BUILD_DATE: '2025-01-01', ...env },
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const git = (root: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, encoding: 'utf8' });
const editText = (root: string) => appendFileSync(at(root, 'en/retention/2020-01-01.mdx'), '\nAnd a quiet change.\n');
/** A new version 2032-01-01 that changes `retention` in both languages (the fixture's 2031 draft makes way). */
function addVersion(root: string, text = 'four weeks') {
	for (const p of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(at(root, p));
	writeFileSync(at(root, 'versions/2032-01-01.yaml'), 'summary:\n  nl: Korter.\n  en: Shorter.\n');
	for (const l of ['nl', 'en']) writeFileSync(at(root, `${l}/retention/2032-01-01.mdx`), `---\ntitle: Retention\norder: 20\n---\n\nLogs: ${text} (${l}).\n`);
}

describe('astro-privacy-lock', () => {
	it('locks a new version, reports it, and a strict build accepts the result', async () => {
		const root = copyFixture('basic', addVersion);
		const { status, output } = run(root, bin('lock'));
		expect(status, output).toBe(0);
		expect(output).toContain('privacy: 4 version(s); newly locked: 2032-01-01.');
		expect(output).toContain('wrote content/privacy/policy.lock.json');
		expect(JSON.parse(lockFile(root)).versions['2032-01-01'].texts['nl/retention']).toMatch(/^[0-9a-f]{64}$/);
		const site = await buildSite(root, '2025-01-01');
		expect(site.exists('privacy/2032-01-01/index.html')).toBe(true);
	});

	it('locks and checks every statement, not only the first', async () => {
		const root = copyFixture('basic', (root) => {
			cpSync(at(root, ''), join(root, 'content/cookies'), { recursive: true });
			rmSync(join(root, 'content/cookies/policy.lock.json'));
			const config = join(root, 'astro.config.mjs');
			writeFileSync(
				config,
				readFileSync(config, 'utf8').replace(
					"statements: [{ id: 'privacy', art13: false }],",
					"statements: [{ id: 'privacy', art13: false }, { id: 'cookies', art13: false }],",
				),
			);
		});
		const { status, output } = run(root, bin('lock'), ['--init']);
		expect(status, output).toBe(0);
		expect(JSON.parse(readFileSync(join(root, 'content/cookies/policy.lock.json'), 'utf8')).document).toBe('cookies');
		appendFileSync(join(root, 'content/cookies/en/retention/2020-01-01.mdx'), '\nAnd a quiet change.\n');
		await expect(buildSite(root, '2025-01-01')).rejects.toThrow('the text of clause `retention` (en) differs from content/cookies/policy.lock.json');
	});

	it('refuses an edited published text and leaves the lock file as it was', () => {
		const root = copyFixture('basic', editText);
		const before = lockFile(root);
		const { status, output } = run(root, bin('lock'));
		expect(status).not.toBe(0);
		expect(output).toContain('the text of clause `retention` (en) differs from content/privacy/policy.lock.json');
		expect(output).toContain('nothing was locked');
		expect(lockFile(root)).toBe(before);
	});

	it('renders what it locks: a text that fails to render locks nothing, in no statement', () => {
		const root = copyFixture('basic', (root) => {
			// Valid MDX, but the controller has no DPO.
			addVersion(root, 'ask <Controller field="dpoEmail" />');
			cpSync(join(root, 'content/privacy'), join(root, 'content/cookies'), { recursive: true });
			rmSync(join(root, 'content/cookies/policy.lock.json'));
			const config = join(root, 'astro.config.mjs');
			writeFileSync(
				config,
				readFileSync(config, 'utf8').replace(
					"statements: [{ id: 'privacy', art13: false }],",
					"statements: [{ id: 'privacy', art13: false }, { id: 'cookies', art13: false }],\n\t\t\tstrings: { nl: { 'statements.cookies': 'Cookies' }, en: { 'statements.cookies': 'Cookies' } },",
				),
			);
		});
		const before = lockFile(root);
		const { status, output } = run(root, bin('lock'), ['--init']);
		expect(status).not.toBe(0);
		expect(output).toContain('the text prints `<Controller field="dpoEmail" />`, but the controller facts of version 2032-01-01 have no `dpo`.');
		expect(lockFile(root)).toBe(before);
		expect(existsSync(join(root, 'content/cookies/policy.lock.json'))).toBe(false);
	});

	it('will not recreate a deleted lock for versions in effect without --init, and reports --init loudly', () => {
		const root = copyFixture('basic', (root) => {
			rmSync(at(root, 'policy.lock.json'));
			editText(root);
		});
		const refused = run(root, bin('lock'));
		expect(refused.status).not.toBe(0);
		expect(refused.output).toContain('version 2020-01-01 has been in effect since 2020-01-01, but no lock has ever recorded it.');
		const init = run(root, bin('lock'), ['--init']);
		expect(init.status, init.output).toBe(0);
		expect(init.output).toContain('--init locked versions 2020-01-01, 2022-01-01, which were already in effect without a lock.');
	});

	it('judges what is in effect by the real date, so POLICY_BUILD_DATE cannot skip --init, and refuses a backdated version', () => {
		const root = copyFixture('basic', (root) => {
			rmSync(at(root, 'policy.lock.json'));
			editText(root);
		});
		const early = run(root, bin('lock'), [], { POLICY_BUILD_DATE: '2019-12-31' });
		expect(early.status).not.toBe(0);
		expect(early.output).toContain('version 2020-01-01 has been in effect since 2020-01-01, but no lock has ever recorded it.');
		const backdated = copyFixture('basic', (root) => {
			writeFileSync(at(root, 'versions/2021-01-01.yaml'), 'summary:\n  nl: Tussendoor.\n  en: In between.\n');
			for (const l of ['nl', 'en'])
				writeFileSync(at(root, `${l}/retention/2021-01-01.mdx`), `---\ntitle: Retention\norder: 20\n---\n\nLogs: two days (${l}).\n`);
		});
		const inserted = run(backdated, bin('lock'), ['--init'], { POLICY_BUILD_DATE: '2021-01-01' });
		expect(inserted.status).not.toBe(0);
		expect(inserted.output).toContain('version 2021-01-01 is new, but dated on or before 2030-01-01, the newest version already locked.');
	});

	it('a lock file deleted from the work tree but committed fails the build too', async () => {
		const root = copyFixture('basic');
		git(root, 'init', '-q');
		git(root, 'add', '.');
		git(root, 'commit', '-qm', 'published');
		rmSync(at(root, 'policy.lock.json'));
		await expect(buildSite(root, '2025-01-01')).rejects.toThrow('the lock file is missing, but git HEAD has one.');
	});

	it('refuses --init where git history has a lock of the statement, even after moving the content', () => {
		const root = copyFixture('basic');
		git(root, 'init', '-q');
		git(root, 'add', '.');
		git(root, 'commit', '-qm', 'published');
		git(root, 'mv', 'content', 'content2');
		git(root, 'rm', '-qf', 'content2/privacy/policy.lock.json');
		git(root, 'commit', '-qm', 'moved');
		writeFileSync(
			join(root, 'src/content.config.ts'),
			readFileSync(join(root, 'src/content.config.ts'), 'utf8').replace('statementLoader()', "statementLoader({ base: 'content2' })"),
		);
		const { status, output } = run(root, bin('lock'), ['--init']);
		expect(status).not.toBe(0);
		expect(output).toContain('`--init` would start a new record, but git history has a lock of statement `privacy`');
	});

	it('checks the lock committed in git, so deleting the file and re-creating it cannot launder an edit', () => {
		const root = copyFixture('basic');
		git(root, 'init', '-q');
		git(root, 'add', '.');
		git(root, 'commit', '-qm', 'published');
		rmSync(at(root, 'policy.lock.json'));
		editText(root);
		const { status, output } = run(root, bin('lock'), ['--init']);
		expect(status).not.toBe(0);
		expect(output).toContain('differs from content/privacy/policy.lock.json as committed in git HEAD');
	});
});

describe('astro-privacy-verify', () => {
	it('compares the content with a built site and with a fingerprint, and catches what a regenerated lock let through', async () => {
		const root = copyFixture('basic');
		const site = await buildSite(root, '2025-01-01');
		const fingerprint = /<code>([0-9a-f]{64})<\/code>/.exec(site.read('privacy/2022-01-01/index.html'))![1]!;
		expect(JSON.parse(site.read('privacy/policy.json')).versions.find((v: { id: string }) => v.id === '2022-01-01').fingerprint).toBe(fingerprint);
		const ok = run(root, bin('verify'), ['--against', 'dist', '--fingerprint', fingerprint]);
		expect(ok.status, ok.output).toBe(0);
		expect(ok.output).toContain(`fingerprint ${fingerprint} is privacy version 2022-01-01.`);
		expect(ok.output).toContain('privacy: the 3 version(s) in dist/privacy/policy.json match the content.');
		expect(ok.output).toContain(`\nastro-privacy-verify: content checked against dist, fingerprint ${fingerprint}: everything matches.\n`);

		// A deployed record that lacks a published version is not the content.
		const deployed = JSON.parse(site.read('privacy/policy.json'));
		writeFileSync(
			join(site.dist, 'privacy/policy.json'),
			JSON.stringify({ ...deployed, versions: deployed.versions.filter((v: { id: string }) => v.id !== '2030-01-01') }),
		);
		const behind = run(root, bin('verify'), ['--against', 'dist']);
		expect(behind.status).not.toBe(0);
		expect(behind.output).toContain('version 2030-01-01 of `privacy` is published in the content, but dist/privacy/policy.json does not have it');
		expect(behind.output).toContain('\nastro-privacy-verify: content checked against dist: it does not match; the problems are listed above.\n');
		await buildSite(root, '2025-01-01');

		rmSync(at(root, 'policy.lock.json'));
		editText(root);
		expect(run(root, bin('lock'), ['--init']).status).toBe(0);
		const caught = run(root, bin('verify'), ['--against', 'dist']);
		expect(caught.status).not.toBe(0);
		expect(caught.output).toContain('the text of clause `retention` (en) differs from dist/privacy/policy.json');
		const unknown = run(root, bin('verify'), ['--fingerprint', 'f'.repeat(64)]);
		expect(unknown.status).not.toBe(0);
		expect(unknown.output).toContain(`no published version has the fingerprint ${'f'.repeat(64)}`);
	});
});

describe('a correction', () => {
	it('keeps the fingerprint readers were given before it, and verify still names its version', () => {
		const root = copyFixture('basic');
		const before = JSON.parse(lockFile(root)).versions['2020-01-01'].fingerprint;
		writeFileSync(
			at(root, 'en/retention/2020-01-01.mdx'),
			readFileSync(at(root, 'en/retention/2020-01-01.mdx'), 'utf8').replace('three months', 'three months (90 days)'),
		);
		appendFileSync(
			at(root, 'versions/2020-01-01.yaml'),
			'corrections:\n  - date: 2024-06-01\n    clause: retention\n    locale: en\n    note: Added the number of days.\n',
		);
		const locked = run(root, bin('lock'));
		expect(locked.status, locked.output).toBe(0);
		expect(locked.output).toContain('corrections: 2020-01-01 en/retention');
		expect(JSON.parse(lockFile(root)).versions['2020-01-01'].superseded).toEqual([before]);
		const found = run(root, bin('verify'), ['--fingerprint', before]);
		expect(found.output).toContain(`fingerprint ${before} is privacy version 2020-01-01, as it was before a correction recorded in its history.`);
	});
});

describe('the same content gives the same site on every machine', () => {
	it('builds byte-identical output under another time zone and locale', () => {
		// Danish sorts `aa` after `z`: the ids must still come out in one order everywhere (records, digests, index).
		const root = copyFixture('basic', (root) => {
			addVersion(root);
			for (const [l, id] of [
				['nl', 'ab-billing'],
				['en', 'ab-billing'],
				['nl', 'aa-accounts'],
				['en', 'aa-accounts'],
			] as const) {
				mkdirSync(at(root, `${l}/${id}`));
				writeFileSync(at(root, `${l}/${id}/2032-01-01.mdx`), `---\ntitle: ${id}\norder: ${id === 'aa-accounts' ? 50 : 60}\n---\n\nText.\n`);
			}
			const config = join(root, 'astro.config.mjs');
			writeFileSync(config, readFileSync(config, 'utf8').replace('strict: true', 'strict: false'));
		});
		const files = (dir: string) =>
			readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((f) => f.isFile())
				.map((f) => join(f.parentPath, f.name));
		const snapshot = () => Object.fromEntries(files(join(root, 'dist')).map((f) => [relative(root, f), readFileSync(f, 'utf8')]));
		const env = { POLICY_BUILD_DATE: '2033-01-01' };
		const first = run(root, astroBin, ['build'], { ...env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
		expect(first.status, first.output).toBe(0);
		const utc = snapshot();
		expect(utc['dist/privacy/index.html']).toMatch(/id="aa-accounts"[\s\S]*id="ab-billing"/);
		const second = run(root, astroBin, ['build'], { ...env, TZ: 'America/New_York', LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' });
		expect(second.status, second.output).toBe(0);
		expect(Object.keys(utc).length).toBeGreaterThan(20);
		expect(snapshot()).toEqual(utc);
	});
});
