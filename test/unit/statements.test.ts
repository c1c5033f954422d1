import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../integration/config/run.ts';
import { parseLockFile } from '../../integration/content/lockfile.ts';
import { loadWith, tempSites } from './content-site.ts';
import { fixtureConfig } from './statement-files.ts';

const site = tempSites('statements-');
const build: RunRequest = { kind: 'build' };
const lockPath = 'content/privacy/policy.lock.json';
// Neither is checked for what GDPR Art. 13 asks: these tests are about versions.
const twoStatements = [
	{ id: 'privacy', art13: false },
	{ id: 'cookies', art13: false },
];
/** A second statement, `cookies`, with only the draft of the fixture. */
const draftOnly = (content: string) => {
	const cookies = join(content, '../cookies');
	for (const file of ['versions/2031-01-01.yaml', 'nl/intro/2031-01-01.mdx', 'en/intro/2031-01-01.mdx']) {
		mkdirSync(join(cookies, file, '..'), { recursive: true });
		cpSync(join(content, file), join(cookies, file));
	}
};
const badLink = (content: string) => writeFileSync(join(content, 'nl/intro/2031-01-01.mdx'), '---\ntitle: Wie\norder: 10\n---\n\nZie [x](#nergens).\n');
/** Processing facts without a legal basis or retention in the transfers clause of 2030: completeness gaps. */
const gaps = (content: string) => {
	for (const locale of ['nl', 'en']) {
		const file = join(content, `${locale}/transfers/2030-01-01.mdx`);
		writeFileSync(file, readFileSync(file, 'utf8').replace('order: 25\n', 'order: 25\nprocessing:\n  data: [email]\n'));
	}
	rmSync(join(content, 'policy.lock.json'));
};

describe('loadStatements: what each statement must have', () => {
	it('refuses a statement with no published version outside `astro dev`', async () => {
		const root = site(draftOnly);
		const { problems } = await loadWith(root, fixtureConfig({ statements: twoStatements }), build);
		expect(problems).toEqual([
			{
				file: 'content/cookies/versions/',
				message: 'statement `cookies` has no published version yet, so its pages would be empty.',
				hint: 'Publish a version (a `versions/<YYYY-MM-DD>.yaml` without `draft: true`), or remove `cookies` from `statements` until it is ready.',
			},
		]);
		expect((await loadWith(root, fixtureConfig({ statements: twoStatements }, 'dev'), build)).problems).toEqual([]);
	});

	it('checks the drafts, and their links, under `astro dev` only', async () => {
		const root = site(badLink);
		expect((await loadWith(root, fixtureConfig(), build)).problems).toEqual([]);
		const { problems } = await loadWith(root, fixtureConfig({}, 'dev'), build);
		expect(problems).toEqual([
			{
				file: 'content/privacy/nl/intro/2031-01-01.mdx',
				message: 'the text links to `#nergens`, which is neither a clause nor a heading on the page of version 2031-01-01.',
				hint: 'Link to a clause by its folder name (`#retention`), to a heading in this clause by its text (`#logs`), or to one in another clause as `#<clause>--<heading>`.',
			},
		]);
	});

	it('stops at a lock file that does not parse', async () => {
		const root = site((content) => writeFileSync(join(content, 'policy.lock.json'), 'not json'));
		for (const mode of [build, { kind: 'lock', init: false, stage: '' }] as RunRequest[]) {
			const { problems, locks } = await loadWith(root, fixtureConfig(), mode);
			expect(problems, mode.kind).toEqual([parseLockFile('not json', lockPath, 'privacy').problem]);
			expect(locks).toEqual([]);
		}
	});

	it('stages the lock of published versions only, drafts left out', async () => {
		const { problems, locks } = await loadWith(site(), fixtureConfig(), { kind: 'lock', init: false, stage: '' });
		expect(problems).toEqual([]);
		expect(locks.map((l) => l.path)).toEqual([lockPath]);
		expect(Object.keys(JSON.parse(locks[0]!.text).versions)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01']);
	});

	it('runs verify only when the content passed every other check', async () => {
		const root = site((content) =>
			writeFileSync(join(content, 'nl/retention/2020-01-01.mdx'), readFileSync(join(content, 'nl/retention/2020-01-01.mdx'), 'utf8') + '\nErbij.\n'),
		);
		const { problems } = await loadWith(root, fixtureConfig(), { kind: 'verify', against: [join(root, 'nowhere')], fingerprints: ['deadbeef'] });
		expect(problems.map((p) => p.file)).toEqual(['content/privacy/nl/retention/2020-01-01.mdx']);
	});

	it('checks completeness of versions not locked yet: problems when strict, warnings otherwise', async () => {
		const root = site(gaps);
		const art13 = { statements: [{ id: 'privacy' }] };
		const strict = await loadWith(root, fixtureConfig(art13), build);
		const found = strict.problems.filter((p) => p.file !== lockPath);
		// The contact block is on (the default), so no clause needs to give the contact details.
		expect(found.filter((p) => p.field).map((p) => [p.file, p.field, p.message.slice(0, 40)])).toEqual([
			['content/privacy/nl/transfers/2030-01-01.mdx', 'processing.basis', 'purpose `transfers` names no legal basis'],
			['content/privacy/nl/transfers/2030-01-01.mdx', 'processing.retention', 'purpose `transfers` does not say how lon'],
		]);
		// The fixture states none of the statement's items; each version is told, naming the article.
		const items = (id: string) => found.filter((p) => p.file === `content/privacy/versions/${id}.yaml`).map((p) => p.message);
		expect(items('2020-01-01')).toContain('`privacy` version 2020-01-01 does not state the right to data portability (GDPR Art. 13(2)(b), Art. 20).');
		expect(items('2030-01-01')).toContain(
			'`privacy` version 2030-01-01 does not state the right to complain to the Autoriteit Persoonsgegevens (GDPR Art. 13(2)(d)).',
		);
		// 2030 has a purpose: the register states the purposes, and the purpose its own retention.
		expect(items('2020-01-01').length - items('2030-01-01').length).toBe(2);
		const warning = (p: (typeof found)[number], hint = p.hint) => `warn ${p.file}${p.field ? ` (field \`${p.field}\`)` : ''}: ${p.message} ${hint}`;
		const lenient = await loadWith(root, fixtureConfig({ ...art13, strict: false }), build);
		expect(lenient.problems).toEqual([]);
		expect(lenient.log.slice(0, -1)).toEqual(found.map((p) => warning(p)));
		expect(lenient.log.at(-1)).toMatch(/^warn privacy: version\(s\) 2020-01-01, 2022-01-01, 2030-01-01 not in /);

		// Locked as it is, a version is the record: what the newest one lacks is still said, as a warning even
		// under strict, since only a new version can add it; the older ones are left alone.
		const init = await loadWith(root, fixtureConfig({ ...art13, strict: false }), { kind: 'lock', init: true, stage: '' });
		expect(init.problems).toEqual([]);
		writeFileSync(join(root, lockPath), init.locks[0]!.text);
		const newest = found.filter((p) => p.file.includes('2030-01-01'));
		const later = ' Version 2030-01-01 is locked, so make the change in a new version.';
		for (const config of [fixtureConfig({ ...art13, strict: false }), fixtureConfig(art13)]) {
			const locked = await loadWith(root, config, build);
			expect(locked.problems).toEqual([]);
			expect(locked.log).toEqual(newest.map((p) => warning(p, p.hint + later)));
		}
		// Without the statement-level checks, the purpose is still checked.
		expect((await loadWith(root, fixtureConfig(), build)).log).toEqual(newest.filter((p) => p.field).map((p) => warning(p, p.hint + later)));
	});

	it('stops checking a statement at the problems of its versions', async () => {
		const root = site((content) => writeFileSync(join(content, 'nl/intro/2019-06-01.mdx'), '---\ntitle: Wie\norder: 10\n---\n\nEerder.\n'));
		const { problems } = await loadWith(root, fixtureConfig(), build);
		expect(problems.map((p) => p.file)).toEqual(['content/privacy/nl/intro/2019-06-01.mdx']);
	});
});
