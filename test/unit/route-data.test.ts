import { describe, expect, it, vi } from 'vitest';
import type { ResolvedConfig } from '../../integration/config/resolve.ts';
import { statementContent } from '../../integration/content/statements.ts';
import { PROBLEMS_ENTRY } from '../../integration/content/records.ts';
import { files, fixture, fixtureConfig } from './statement-files.ts';

// What Astro hands the routes: the resolved config and the collections, here set by each test.
const astro = vi.hoisted(() => ({ config: undefined as unknown, collections: {} as Record<string, unknown[]> }));
vi.mock('virtual:astro-privacy/config', () => ({
	get default() {
		return astro.config;
	},
}));
vi.mock('astro:content', () => ({ getCollection: async (name: string) => astro.collections[name] ?? [] }));

const quiet = { info: () => {}, warn: () => {} };
let builds = 0;
/** The routes' data module, fresh (its models are built once per build), over the basic fixture's entries. */
async function routes(config: ResolvedConfig, collections: Record<string, unknown[]> = {}) {
	const content = statementContent(fixture.replace(/content\/$/, ''), { base: 'content', config, mode: { kind: 'build' }, files, logger: quiet });
	const { entries } = await content.load('2031-06-01');
	astro.config = config;
	astro.collections = { policy: entries.filter((e) => config.dev || !e.draft), ...collections };
	// A fresh copy of this module only (its models are built once per build); re-importing everything would
	// run the whole package's module code inside this test, and Stryker would credit these tests with all of it.
	return (await import(/* @vite-ignore */ `../../integration/routes/data.ts?build=${++builds}`)) as typeof import('../../integration/routes/data.ts');
}

describe('the route data', () => {
	it('finds the statement a route serves, with or without a trailing slash', async () => {
		const config = fixtureConfig({
			statements: [{ id: 'privacy' }, { id: 'cookies', base: 'cookieverklaring' }],
			strings: { nl: { 'statements.cookies': 'Cookies' }, en: { 'statements.cookies': 'Cookies' } },
		});
		const data = await routes(config);
		expect(data.statementFor('/[...locale]/cookieverklaring/changes/', 'history').id).toBe('cookies');
		expect(data.statementFor('/privacy/policy.json', 'records').id).toBe('privacy');
		expect(() => data.statementFor('/[...locale]/elders', 'current')).toThrow('astro-privacy: no statement serves the route /[...locale]/elders');
	});

	it('gives the default locale no prefix, unless the site prefixes its own', async () => {
		const data = await routes(fixtureConfig());
		expect(data.localePaths()).toEqual([
			{ locale: 'nl', param: undefined },
			{ locale: 'en', param: 'en' },
		]);
		expect((await routes({ ...fixtureConfig(), prefixDefaultLocale: true })).localePaths()[0]).toEqual({ locale: 'nl', param: 'nl' });
	});

	it('builds one path per locale and version; "since" pages only for earlier versions', async () => {
		const data = await routes(fixtureConfig());
		const versions = await data.versionPaths('/[...locale]/privacy/[version]', 'version');
		expect(versions.map((p) => `${p.params.locale ?? ''}/${p.params.version}`)).toEqual([
			'/2020-01-01',
			'/2022-01-01',
			'/2030-01-01',
			'en/2020-01-01',
			'en/2022-01-01',
			'en/2030-01-01',
		]);
		expect(versions[0]!.props).toMatchObject({ locale: 'nl', versionId: '2020-01-01', statement: { id: 'privacy' } });
		const since = await data.versionPaths('/[...locale]/privacy/changes/since/[version]', 'since');
		// 2030 is current on the build date; 2020 and 2022 are earlier.
		expect(since.map((p) => p.params.version)).toEqual(['2020-01-01', '2022-01-01', '2020-01-01', '2022-01-01']);
	});

	it('hands each page one object: statement, model, labels and URLs', async () => {
		const config = fixtureConfig({ search: { scope: 'site', hostIndex: true } });
		const data = await routes({ ...config, base: '/docs' });
		const page = await data.statementPage(data.statementFor('/[...locale]/privacy', 'current'), 'en');
		expect(page.model.current?.id).toBe('2030-01-01');
		expect(page.kit.t('toc.title')).toBe('Contents');
		expect(page.languages).toEqual([
			{ locale: 'nl', name: 'Nederlands' },
			{ locale: 'en', name: 'English' },
		]);
		expect(page.url({ kind: 'history' })).toBe('/docs/en/privacy/changes/');
		expect(page.url({ kind: 'current' }, 'nl')).toBe('/docs/privacy/');
		expect(page.absolute('/docs/privacy/')).toBe('https://fixture.example/docs/privacy/');
		expect(page.search).toEqual({ scope: 'site', base: '/docs/', dev: false });
		expect(page.hostIndex).toBe(true);
		expect(page.layoutTitle).toBe(false);
		const off = await (await routes({ ...fixtureConfig(), site: undefined })).statementPage(config.statements[0]!, 'nl');
		expect([off.search, off.hostIndex, off.absolute('/privacy/')]).toEqual([false, false, '/privacy/']);
	});

	it('builds the model once per build, with drafts only under astro dev', async () => {
		const data = await routes(fixtureConfig());
		expect(await data.loadStatement('privacy')).toBe(await data.loadStatement('privacy'));
		expect((await data.loadStatement('privacy')).versions.map((v) => v.id)).not.toContain('2031-01-01');
		const dev = await routes(fixtureConfig({}, 'dev'));
		expect((await dev.loadStatement('privacy')).versions.map((v) => v.id)).toContain('2031-01-01');
	});

	it('throws the loader’s problems, which astro dev stored instead of the content', async () => {
		const data = await routes(fixtureConfig({}, 'dev'), {
			policy: [{ id: PROBLEMS_ENTRY, data: { kind: 'problems', message: 'the version file is broken', hint: 'Fix it.' } }],
		});
		await expect(data.loadStatement('privacy')).rejects.toMatchObject({ message: 'the version file is broken', hint: 'Fix it.' });
	});

	it('refuses a Starlight docs page under a statement URL, and lets other docs pages be', async () => {
		const config = { ...fixtureConfig(), starlight: true };
		const fine = await routes(config, { docs: [{ id: 'guides/privacy-tips', filePath: 'src/content/docs/guides/privacy-tips.md' }, { id: 'index' }] });
		await expect(fine.loadStatement('privacy')).resolves.toBeDefined();
		const clash = await routes(config, { docs: [{ id: 'en/privacy/index', filePath: 'src/content/docs/en/privacy/index.md' }] });
		await expect(clash.loadStatement('privacy')).rejects.toThrow('the Starlight page src/content/docs/en/privacy/index.md lies under /en/privacy/');
		const own = await routes({ ...fixtureConfig(), starlight: false }, { docs: [{ id: 'privacy' }] });
		await expect(own.loadStatement('privacy')).resolves.toBeDefined();
	});
});

describe('the feed and the records, from the same data', () => {
	// Under astro dev, so the model holds the 2031 draft, which neither may list. Both share one model.
	it('the Atom feed lists the published versions with absolute links, in the reader’s language', async () => {
		await routes(fixtureConfig({}, 'dev'));
		const feed = await import('../../integration/routes/feed.xml.ts');
		const paths = await feed.getStaticPaths({ routePattern: '/[...locale]/privacy/changes.xml' } as never);
		expect(paths.map((p) => p.params.locale)).toEqual([undefined, 'en']);
		const response = await feed.GET({
			props: paths[1]!.props,
			site: new URL('https://fixture.example/'),
			url: new URL('https://fixture.example/en/privacy/changes.xml'),
		} as never);
		expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
		const xml = await response.text();
		expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://fixture.example/en/privacy/changes.xml"/>');
		expect(xml).toContain('<id>https://fixture.example/en/privacy/2022-01-01/</id>');
		expect(xml).toContain('<link rel="alternate" type="text/html" href="https://fixture.example/en/privacy/changes/2030-01-01/"/>');
		expect(xml).toContain('<author><name>Testhost B.V.</name></author>');
		expect(xml).toContain('<title>Privacy statement: changes</title>');
		expect(xml).toContain('<id>https://fixture.example/en/privacy/changes/</id>');
		expect(xml).toContain('<link rel="alternate" type="text/html" href="https://fixture.example/en/privacy/changes/"/>');
		expect(xml).toContain('<title>Version of 1 January 2030 (Current)</title>');
		expect(xml).toContain('<title>Version of 1 January 2022 (Earlier version)</title>');
		expect(xml).toContain('<summary>Transfers outside the EEA.</summary>');
		expect(xml).not.toContain('2031-01-01');
		const local = await feed.GET({ props: paths[0]!.props, site: undefined, url: new URL('http://localhost:4321/privacy/changes.xml') } as never);
		expect(await local.text()).toContain('<link rel="self" type="application/atom+xml" href="http://localhost:4321/privacy/changes.xml"/>');
	});

	it('policy.json holds every published version with its page in each language', async () => {
		await routes(fixtureConfig({}, 'dev'));
		const records = await import('../../integration/routes/policy.json.ts');
		const response = await records.GET({
			routePattern: '/privacy/policy.json',
			site: new URL('https://fixture.example/'),
			url: new URL('https://fixture.example/privacy/policy.json'),
		} as never);
		expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
		const body = JSON.parse(await response.text());
		expect(body).toMatchObject({ statement: 'privacy', current: '2030-01-01', locales: ['nl', 'en'] });
		expect(body.versions.map((v: { id: string }) => v.id)).toEqual(['2020-01-01', '2022-01-01', '2030-01-01']);
		const local = await records.GET({
			routePattern: '/privacy/policy.json',
			site: undefined,
			url: new URL('http://localhost:4321/privacy/policy.json'),
		} as never);
		expect(JSON.parse(await local.text()).versions[0].urls.en).toBe('http://localhost:4321/en/privacy/2020-01-01/');
		expect(body.versions[0].urls).toEqual({ nl: 'https://fixture.example/privacy/2020-01-01/', en: 'https://fixture.example/en/privacy/2020-01-01/' });
	});
});
