import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../integration/config/errors.ts';
import { toRecords } from '../../integration/content/records.ts';
import { verifyAgainst, type CheckedStatement } from '../../integration/content/verify.ts';
import { policyExport } from '../../integration/model/export.ts';
import type { LockFile } from '../../integration/model/lock/index.ts';
import { PolicyExportSchema } from '../../integration/model/schema/export.ts';
import { buildTimeline } from '../../integration/model/timeline.ts';
import { loadWith, tempSites } from './content-site.ts';
import { controller, fixtureConfig } from './statement-files.ts';

const site = tempSites('verify-');
const config = fixtureConfig();
const hint = 'Give the site root (`https://www.example.nl`) or the build folder (`dist`) with `--against`.';

/** The statement at `root` as verify gets it, drafts in the model only with `drafts`. */
async function checked(root: string, drafts = false): Promise<CheckedStatement> {
	const { entries } = await loadWith(root, config, { kind: 'build' });
	const { versions, revisions } = toRecords('privacy', entries);
	const model = buildTimeline(versions, revisions, { buildDate: '2031-06-01', defaultLocale: 'nl', controller, includeDrafts: drafts });
	const lock = JSON.parse(readFileSync(join(root, 'content/privacy/policy.lock.json'), 'utf8')) as LockFile;
	return { statement: 'privacy', model, versions, lock };
}
const exported = (statement: CheckedStatement) =>
	policyExport(statement.model, ['nl', 'en'], (locale, version) => `https://fixture.example/${locale}/privacy/${version}/`);
/** Runs verify, logging into a list. */
async function verify(
	against: string[],
	statements: CheckedStatement[],
	fingerprints: string[] = [],
	options: { base?: string; statements?: typeof config.statements } = {},
) {
	const log: string[] = [];
	const logger = { info: (m: string) => log.push(`info ${m}`), warn: (m: string) => log.push(`warn ${m}`) };
	const settings = { statements: options.statements ?? config.statements, base: options.base ?? '/' };
	const problems = await verifyAgainst({ kind: 'verify', against, fingerprints }, statements, { base: 'content', config: settings, logger });
	return { problems, log };
}
/** A build folder under `root` with `text` as the statement's policy.json. */
function deploy(root: string, text: string, folder = 'dist') {
	mkdirSync(join(root, folder, 'privacy'), { recursive: true });
	writeFileSync(join(root, folder, 'privacy/policy.json'), text);
	return join(root, folder);
}

describe('verifyAgainst a deployed site', () => {
	const served = new Map<string, string>();
	let server: Server;
	let origin: string;
	beforeAll(async () => {
		server = createServer((request, response) => {
			const body = served.get(request.url!);
			response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
			response.end(body ?? 'not found');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
	const statements = [
		{ ...config.statements[0]!, id: 'cookies', base: 'cookie-policy' },
		{ ...config.statements[0]!, base: 'privacy-statement' },
	];

	it("reads the records at the statement's URL under Astro's base, with or without its final slash", async () => {
		const statement = await checked(site());
		served.clear();
		served.set('/sub/privacy-statement/policy.json', JSON.stringify(exported(statement)));
		for (const base of ['/sub', '/sub/']) {
			const { problems, log } = await verify([`${origin}/`], [statement], [], { base, statements });
			expect(problems, base).toEqual([]);
			expect(log, base).toEqual([`info privacy: the 3 version(s) in ${origin}/sub/privacy-statement/policy.json match the content.`]);
		}
	});

	it('names the HTTP status of a page that is not there', async () => {
		served.clear();
		const { problems } = await verify([origin], [await checked(site())], [], { statements });
		expect(problems).toEqual([{ file: `${origin}/privacy-statement/policy.json`, message: 'could not fetch the published records: HTTP 404.', hint }]);
	});
});

describe('verifyAgainst a build folder', () => {
	it('takes a folder whose path merely contains a URL scheme for a folder', async () => {
		const root = site();
		const statement = await checked(root);
		const folder = deploy(root, JSON.stringify(exported(statement)), 'https:');
		const { problems, log } = await verify([`${folder}//`], [statement]);
		expect(problems).toEqual([]);
		expect(log).toEqual([`info privacy: the 3 version(s) in ${join(folder, 'privacy/policy.json')} match the content.`]);
	});

	it('names a file it cannot read, one that is not JSON, and JSON that is not a policy.json', async () => {
		const root = site();
		const statement = await checked(root);
		const where = join(root, 'nowhere/privacy/policy.json');
		expect((await verify([join(root, 'nowhere')], [statement])).problems).toEqual([
			{ file: where, message: `could not read the published records: ENOENT: no such file or directory, open '${where}'.`, hint },
		]);
		const notJson = deploy(root, '<!doctype html>', 'html');
		expect((await verify([notJson], [statement])).problems).toEqual([
			{ file: join(notJson, 'privacy/policy.json'), message: 'this is not JSON, so not an astro-privacy policy.json.', hint },
		]);
		const other = deploy(root, '{"statement":"privacy"}', 'other');
		const issues = formatIssues(PolicyExportSchema.safeParse({ statement: 'privacy' }).error!);
		expect(issues).toMatch(/^- \*\*/);
		expect((await verify([other], [statement])).problems).toEqual([
			{ file: join(other, 'privacy/policy.json'), message: `this is not an astro-privacy policy.json:\n${issues}`, hint },
		]);
	});

	it('refuses the records of another statement', async () => {
		const root = site();
		const statement = await checked(root);
		const folder = deploy(root, JSON.stringify({ ...exported(statement), statement: 'cookies' }));
		const { problems, log } = await verify([folder], [statement]);
		expect(problems).toEqual([{ file: join(folder, 'privacy/policy.json'), message: 'these are the records of statement `cookies`, not `privacy`.', hint }]);
		expect(log).toEqual([]);
	});

	it('names a published version the records lack, but not a draft', async () => {
		const root = site();
		const published = exported(await checked(root));
		const folder = deploy(root, JSON.stringify({ ...published, versions: published.versions.slice(0, 2) }));
		const where = join(folder, 'privacy/policy.json');
		const { problems } = await verify([folder], [await checked(root, true)]);
		expect(problems).toEqual([
			{
				file: 'content/privacy/versions/2030-01-01.yaml',
				message: `version 2030-01-01 of \`privacy\` is published in the content, but ${where} does not have it: the site there was built from older content.`,
				hint: 'Deploy the current build, then verify again.',
			},
		]);
	});

	it('names a version the records have that is a draft in the content now', async () => {
		const root = site();
		const published = exported(await checked(root));
		const folder = deploy(root, JSON.stringify({ ...published, versions: [...published.versions, { ...published.versions[2]!, id: '2031-01-01' }] }));
		const { problems } = await verify([folder], [await checked(root)]);
		expect(problems.map((p) => [p.file, p.message])).toEqual([
			[
				'content/privacy/versions/2031-01-01.yaml',
				`version 2031-01-01 is published (it is in ${join(folder, 'privacy/policy.json')}) but is now marked \`draft\`.`,
			],
		]);
	});

	it('reports a difference a correction accounts for, and refuses one it does not', async () => {
		const original = site();
		const published = JSON.stringify(exported(await checked(original)));
		const edit = (content: string) =>
			writeFileSync(join(content, 'nl/retention/2020-01-01.mdx'), readFileSync(join(content, 'nl/retention/2020-01-01.mdx'), 'utf8') + '\nEen zin erbij.\n');
		const corrected = site((content) => {
			edit(content);
			const file = join(content, 'versions/2020-01-01.yaml');
			writeFileSync(
				file,
				`${readFileSync(file, 'utf8')}corrections:\n  - date: 2031-05-01\n    clause: retention\n    locale: nl\n    note: Een zin vergeten.\n`,
			);
		});
		const folder = deploy(corrected, published);
		const where = join(folder, 'privacy/policy.json');
		const withCorrection = await verify([folder], [await checked(corrected)]);
		expect(withCorrection.problems).toEqual([]);
		const warnings = withCorrection.log.slice(0, -1);
		expect(warnings.length).toBeGreaterThan(0);
		for (const warning of warnings)
			expect(warning).toMatch(new RegExp(`^warn corrected since ${where.replaceAll('.', '\\.')} was published: content/privacy/`));
		expect(warnings).toContain(
			`warn corrected since ${where} was published: content/privacy/versions/2020-01-01.yaml: the correction of clause \`retention\` (nl) in published version 2020-01-01 is not in ${where} yet.`,
		);
		expect(withCorrection.log.at(-1)).toBe(`info privacy: the 3 version(s) in ${where} match the content, apart from the corrections above.`);

		const edited = site(edit);
		const plainFolder = deploy(edited, published);
		const plain = await verify([plainFolder], [await checked(edited)]);
		expect(plain.problems.map((p) => p.file)).toEqual(['content/privacy/nl/retention/2020-01-01.mdx']);
		expect(plain.problems[0]!.message).toContain(`differs from ${join(plainFolder, 'privacy/policy.json')}`);
		expect(plain.log).toEqual([]);
	});
});

describe('verifyAgainst fingerprints', () => {
	it('names the version of a fingerprint, one superseded by a correction, and refuses an unknown one', async () => {
		const statement = await checked(site());
		const [first, second] = exported(statement).versions;
		const old = 'c'.repeat(64);
		const versions: LockFile['versions'] = { ...statement.lock!.versions, '2020-01-01': { ...statement.lock!.versions['2020-01-01']!, superseded: [old] } };
		delete versions['2030-01-01'];
		const locked = { ...statement, lock: { ...statement.lock!, versions } };
		const unlocked = { ...statement, statement: 'cookies', lock: undefined };
		const { problems, log } = await verify([], [unlocked, locked], [second!.fingerprint, old.toUpperCase(), first!.fingerprint, 'deadbeef']);
		expect(log).toEqual([
			`info fingerprint ${second!.fingerprint} is cookies version 2022-01-01.`,
			`info fingerprint ${old.toUpperCase()} is privacy version 2020-01-01, as it was before a correction recorded in its history.`,
			`info fingerprint ${first!.fingerprint} is cookies version 2020-01-01.`,
		]);
		expect(problems).toEqual([
			{
				file: 'astro-privacy-verify',
				message: 'no published version has the fingerprint deadbeef.',
				hint: 'Check the fingerprint as printed on the version page; if it is right, the text it proves is not the one in this content.',
			},
		]);
	});
});
