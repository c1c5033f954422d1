import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRequestOf, type RunRequest } from '../../integration/config/run.ts';
import { policyExport } from '../../integration/model/export.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { toRecords } from '../../integration/content/records.ts';
import { loadWith, tempSites } from './content-site.ts';
import { controller, fixtureConfig } from './statement-files.ts';

const config = fixtureConfig();

const site = tempSites('load-statements-');
const load = (root: string, mode: RunRequest, today?: string) => loadWith(root, config, mode, today);
const lock = (init = false): RunRequest => ({ kind: 'lock', init, stage: '' });
const editPublished = (content: string) =>
	writeFileSync(join(content, 'nl/retention/2020-01-01.mdx'), readFileSync(join(content, 'nl/retention/2020-01-01.mdx'), 'utf8') + '\nEen zin erbij.\n');
const addVersion =
	(date: string, yaml = 'summary:\n  nl: Nieuw.\n  en: New.\n') =>
	(content: string) => {
		for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) rmSync(join(content, file));
		writeFileSync(join(content, `versions/${date}.yaml`), yaml);
		mkdirSync(join(content, 'nl/retention'), { recursive: true });
		writeFileSync(join(content, `nl/retention/${date}.mdx`), '---\ntitle: Bewaartermijnen\norder: 20\n---\n\nWij bewaren gegevens korter.\n');
		writeFileSync(join(content, `en/retention/${date}.mdx`), '---\ntitle: Retention\norder: 20\n---\n\nWe keep data for less time.\n');
	};

describe('loadStatements: one set of checks for the build, the lock and verify', () => {
	it('loads a locked statement without problems in every mode, drafts included in the entries', async () => {
		for (const mode of [{ kind: 'build' }, lock(), { kind: 'verify', against: [], fingerprints: [] }] as RunRequest[]) {
			const result = await load(site(), mode);
			expect(result.problems, mode.kind).toEqual([]);
			expect(result.entries.map((e) => e.id)).toContain('privacy/versions/2031-01-01');
			expect(result.entries.find((e) => e.id === 'privacy/versions/2031-01-01')!.draft).toBe(true);
		}
	});

	it('refuses an edited published text in the build and in the lock alike', async () => {
		for (const mode of [{ kind: 'build' }, lock()] as RunRequest[]) {
			const { problems, locks } = await load(site(editPublished), mode);
			expect(problems.map((p) => p.message).join('\n'), mode.kind).toContain(
				'the text of clause `retention` (nl) differs from content/privacy/policy.lock.json',
			);
			if (mode.kind === 'lock') expect(locks).toHaveLength(1); // staged, but the loader writes nothing with problems
		}
	});

	it('stages the next lock with a new version, which the strict build refuses until it is locked', async () => {
		const root = site(addVersion('2032-01-01'));
		const build = await load(root, { kind: 'build' });
		expect(build.problems.map((p) => p.message).join('\n')).toContain('version(s) 2032-01-01 not in content/privacy/policy.lock.json');
		const locked = await load(root, lock());
		expect(locked.problems).toEqual([]);
		expect(locked.locks.map((l) => l.path)).toEqual(['content/privacy/policy.lock.json']);
		expect(Object.keys(JSON.parse(locked.locks[0]!.text).versions)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01', '2032-01-01']);
		locked.report();
		expect(locked.log).toContain('info privacy: 4 version(s); newly locked: 2032-01-01.');
		writeFileSync(join(root, 'content/privacy/policy.lock.json'), locked.locks[0]!.text);
		expect((await load(root, { kind: 'build' })).problems).toEqual([]);
	});

	it('refuses a correction dated after today in every mode, naming the version file', async () => {
		const correction = 'summary:\n  nl: Nieuw.\n  en: New.\ncorrections:\n  - date: 2031-07-01\n    clause: retention\n    locale: nl\n    note: Typo.\n';
		for (const mode of [{ kind: 'build' }, lock()] as RunRequest[]) {
			const { problems } = await load(site(addVersion('2032-01-01', correction)), mode);
			expect(problems.find((p) => p.file === 'content/privacy/versions/2032-01-01.yaml')?.message, mode.kind).toMatch(/2031-07-01/);
		}
	});

	it('names a statement the options dropped although it has a lock', async () => {
		const root = site((content) => cpSync(content, join(content, '../cookies'), { recursive: true }));
		const { problems } = await load(root, { kind: 'build' });
		expect(problems.map((p) => p.file)).toEqual(['content/cookies/policy.lock.json']);
	});

	it('verify reports a version the deployed records lack, and matches records that have it', async () => {
		const root = site();
		const entries = (await load(root, { kind: 'build' })).entries.filter((e) => !e.draft);
		const { versions, revisions } = toRecords('privacy', entries);
		const model = buildTimeline(versions, revisions, { buildDate: '2031-06-01', defaultLocale: 'nl', controller, includeDrafts: false });
		const published = policyExport(model, ['nl', 'en'], (locale, version) => `https://fixture.example/${locale}/privacy/${version}/`);
		const deployed = join(root, 'deployed');
		mkdirSync(join(deployed, 'privacy'), { recursive: true });
		writeFileSync(join(deployed, 'privacy/policy.json'), JSON.stringify(published));
		const mode: RunRequest = { kind: 'verify', against: [deployed], fingerprints: [published.versions[0]!.fingerprint] };
		const matching = await load(root, mode);
		expect(matching.problems).toEqual([]);
		expect(matching.log).toContain(`info privacy: the 3 version(s) in ${join(deployed, 'privacy/policy.json')} match the content.`);
		expect(matching.log).toContain(`info fingerprint ${published.versions[0]!.fingerprint} is privacy version 2020-01-01.`);
		writeFileSync(join(deployed, 'privacy/policy.json'), JSON.stringify({ ...published, versions: published.versions.slice(0, 2) }));
		const older = await load(root, mode);
		expect(older.problems).toEqual([
			expect.objectContaining({ file: 'content/privacy/versions/2030-01-01.yaml', message: expect.stringContaining('does not have it') }),
		]);
	});
});

describe('runRequestOf: what the command that started a build asks for', () => {
	const command = (request: unknown) => ({ name: 'astro-privacy-command', hooks: { 'astro-privacy:run': () => request } });
	it('is an ordinary build without a command', () => {
		expect(runRequestOf([{ name: 'other', hooks: {} }])).toEqual({ kind: 'build' });
	});
	it('takes the request from the integration that answers the hook', () => {
		expect(runRequestOf([{ name: 'other', hooks: {} }, command({ kind: 'lock', init: true, stage: '/tmp/s.json' })])).toEqual({
			kind: 'lock',
			init: true,
			stage: '/tmp/s.json',
		});
	});
	it('refuses a request of another shape', () => {
		expect(() => runRequestOf([command({ kind: 'lock' })])).toThrow();
	});
});
