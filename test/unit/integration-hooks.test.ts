import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import astroPrivacy from '../../integration/index.ts';
import { componentFiles, ENTRYPOINTS, layoutFile } from '../../integration/routes/entrypoints.ts';
import { routePattern } from '../../integration/routes/patterns.ts';
import { virtualModules } from '../../integration/virtual.ts';

const controller = { name: 'Kanaalhost B.V.', address: ['Vaartweg 41', '3531 AB Utrecht'], email: 'privacy@kanaalhost.example' };
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));
function project() {
	const root = mkdtempSync(join(tmpdir(), 'hooks-'));
	roots.push(root);
	mkdirSync(join(root, 'public'));
	return root;
}

type Hooks = Required<AstroIntegration['hooks']>;
const logger = () => ({ warn: vi.fn(), info: vi.fn(), error: vi.fn() });
/** Runs `astro:config:setup` as Astro would, and returns what the integration asked of it. */
function setup(options: Record<string, unknown>, root = project(), astro: Partial<AstroConfig> = {}, command = 'build') {
	const integration = astroPrivacy({ controller, ...options } as never);
	const routes: { pattern: string; entrypoint: string }[] = [];
	const updates: { vite: { plugins: { name: string }[] } }[] = [];
	const log = logger();
	const config = {
		root: pathToFileURL(`${root}/`),
		site: 'https://www.example.nl',
		base: '/',
		trailingSlash: 'ignore',
		build: { format: 'directory' },
		i18n: undefined,
		integrations: [],
		publicDir: pathToFileURL(join(root, 'public/')),
		cacheDir: pathToFileURL(join(root, 'node_modules/.astro/')),
		...astro,
	};
	(integration.hooks as Hooks)['astro:config:setup']({
		config,
		command,
		updateConfig: (u: never) => updates.push(u),
		injectRoute: (r: never) => routes.push(r),
		logger: log,
	} as never);
	return { integration, hooks: integration.hooks as Hooks, routes, updates, log, config, root };
}

describe('the integration wires its hooks', () => {
	it('injects every page of every statement, prerendered, from the package’s own entrypoints', () => {
		const { routes } = setup({ statements: [{ id: 'privacy' }, { id: 'cookies', base: 'cookieverklaring' }] });
		expect(routes).toHaveLength(14);
		expect(routes).toContainEqual({ pattern: '/[...locale]/privacy', entrypoint: ENTRYPOINTS.current, prerender: true });
		expect(routes).toContainEqual({ pattern: '/cookieverklaring/policy.json', entrypoint: ENTRYPOINTS.records, prerender: true });
		expect(routes).toContainEqual({ pattern: '/[...locale]/cookieverklaring/changes/since/[version]', entrypoint: ENTRYPOINTS.since, prerender: true });
	});

	it('adds the virtual modules, and the dev search loader only with search on', () => {
		expect(setup({}).updates[0]!.vite.plugins.map((p) => p.name)).toEqual(['astro-privacy:virtual', 'astro-privacy:search-loader']);
		expect(setup({ search: false }).updates[0]!.vite.plugins.map((p) => p.name)).toEqual(['astro-privacy:virtual']);
	});

	it('warns about a missing `site` in a build only', () => {
		expect(setup({}, project(), { site: undefined }).log.warn).toHaveBeenCalledWith(expect.stringContaining("astro-privacy needs the site's address"));
		expect(setup({}, project(), { site: undefined }, 'dev').log.warn).not.toHaveBeenCalled();
		expect(setup({}).log.warn).not.toHaveBeenCalled();
	});

	it('refuses a page or a public file of the site under a statement URL', () => {
		const { hooks, config, root } = setup({});
		const route = { pattern: '/privacy/extra', entrypoint: 'src/pages/privacy/extra.astro', origin: 'project', type: 'page' };
		expect(() => hooks['astro:routes:resolved']({ routes: [route] } as never)).toThrow(
			'the page src/pages/privacy/extra.astro (/privacy/extra) lies under /privacy/',
		);
		expect(() => hooks['astro:routes:resolved']({ routes: [{ ...route, origin: 'external' }] } as never)).not.toThrow();
		hooks['astro:config:done']({ config } as never);
		mkdirSync(join(root, 'public/en/privacy'), { recursive: true });
		writeFileSync(join(root, 'public/en/privacy/index.html'), '<p>old</p>');
		expect(() => hooks['astro:config:done']({ config } as never)).toThrow('the file public/en/privacy/index.html lies under /en/privacy/');
	});

	it('refuses anything of the site in public/_astro-privacy/, where the search index goes, even an empty folder', () => {
		const { hooks, config, root } = setup({});
		mkdirSync(join(root, 'public/_astro-privacy/pagefind/pagefind.js'), { recursive: true });
		expect(() => hooks['astro:config:done']({ config } as never)).toThrow('public/_astro-privacy/ is where astro-privacy writes the search index');
		const off = setup({ search: false }, root);
		expect(() => off.hooks['astro:config:done']({ config: off.config } as never)).not.toThrow();
	});

	it('after the build, keeps an output whose statement URLs hold only its own pages, whatever else is there', async () => {
		const { hooks } = setup({ search: false });
		const dist = join(project(), 'dist');
		mkdirSync(join(dist, 'privacy/2020-01-01'), { recursive: true });
		mkdirSync(join(dist, 'privacy.html'), { recursive: true }); // a folder named like a page is no page
		writeFileSync(join(dist, 'privacy/2020-01-01/index.html'), '<article data-astro-privacy="true"></article>');
		writeFileSync(join(dist, 'privacy/policy.json'), '{}');
		writeFileSync(join(dist, 'about.html'), '<p>about</p>');
		writeFileSync(join(dist, 'index.html'), '<p>home</p>');
		await hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) } as never);
		expect(readdirSync(dist).sort()).toEqual(['about.html', 'index.html', 'privacy', 'privacy.html']);
	});

	it('finds our marker anywhere in a long page, also where the page is read in two parts, and nowhere in a long page of another', async () => {
		const { hooks } = setup({ search: false });
		const dist = join(project(), 'dist');
		const page = (path: string, html: string) => {
			mkdirSync(join(dist, path), { recursive: true });
			writeFileSync(join(dist, path, 'index.html'), html);
		};
		// The pages are read 64 KiB at a time: this marker starts five bytes before the first part ends (after `<article `).
		page('privacy', `${'x'.repeat(64 * 1024 - 5 - '<article '.length)}<article data-astro-privacy="true"></article>`);
		page('privacy/2020-01-01', `${'x'.repeat(300_000)}<article data-astro-privacy="true"></article>`);
		await hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) } as never);
		page('privacy/2021-01-01', `${'x'.repeat(300_000)}<article data-astro-privac="true"></article>`);
		await expect(hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) } as never)).rejects.toThrow(
			'the page built at /privacy/2021-01-01 by another route',
		);
	});

	it('names a page built as a file (build.format file) under a statement URL', async () => {
		const { hooks } = setup({ search: false });
		const dist = join(project(), 'dist');
		mkdirSync(join(dist, 'en'), { recursive: true });
		writeFileSync(join(dist, 'en/privacy.html'), '<p>not ours</p>');
		await expect(hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) } as never)).rejects.toThrow(
			'the page built at /en/privacy by another route or file lies under /en/privacy/, where astro-privacy publishes the statement',
		);
	});

	it('with search on, starts the index with the build and puts it in the output after the pages; build:done waits for it', async () => {
		const { hooks, config } = setup({});
		const dist = join(project(), 'dist');
		mkdirSync(dist);
		const log = logger();
		hooks['astro:config:done']({ config } as never);
		// The index starts with the build, before the pages render.
		hooks['astro:build:start']({ logger: log } as never);
		hooks['astro:build:generated']({ dir: pathToFileURL(`${dist}/`), logger: log } as never);
		await hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) } as never);
		expect(readdirSync(join(dist, '_astro-privacy')).sort()).toEqual(['loader.js', 'pagefind', 'search.js', 'strings']);
		// The search UI's words, in each of the statement's locales.
		expect(readdirSync(join(dist, '_astro-privacy/strings')).sort()).toEqual(['en.json', 'nl.json']);
		expect(log.info).toHaveBeenCalledWith('Indexed 0 distinct clause texts for search in _astro-privacy/pagefind/');
	});

	it('names a redirect under a statement URL as a redirect', () => {
		const { hooks } = setup({});
		const redirect = { pattern: '/privacy/old', entrypoint: '', origin: 'project', type: 'redirect' };
		expect(() => hooks['astro:routes:resolved']({ routes: [redirect] } as never)).toThrow(
			'the redirect from /privacy/old (`redirects` in astro.config.mjs), which sends readers away from a published page, lies under /privacy/',
		);
		expect(() => hooks['astro:routes:resolved']({ routes: [{ ...redirect, pattern: '/privacyverklaring' }] } as never)).not.toThrow();
	});

	it('after the build, removes an output in which another page took a statement URL', async () => {
		const { hooks } = setup({ search: false });
		const dist = join(project(), 'dist');
		mkdirSync(join(dist, 'privacy'), { recursive: true });
		writeFileSync(join(dist, 'privacy/index.html'), '<p>not ours</p>');
		await hooks['astro:build:generated']({ dir: pathToFileURL(`${dist}/`), logger: logger() } as never);
		await expect(hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) } as never)).rejects.toThrow('the page built at /privacy by another route or file');
		expect(() => mkdirSync(dist)).not.toThrow(); // gone
	});

	it('stops at options that do not match the schema, naming the field and the docs page', () => {
		try {
			astroPrivacy({ controller, strict: 'yes' } as never);
			expect.unreachable();
		} catch (error) {
			expect((error as Error).message).toContain('**strict**');
			expect((error as { hint: string }).hint).toBe('Check the options in astro.config.mjs against the "Options" page of the astro-privacy docs.');
		}
	});
});

describe('the files behind the routes', () => {
	it('patterns put every page but the records under the locale', () => {
		expect(routePattern('privacy', 'records')).toBe('/privacy/policy.json');
		expect(routePattern('privacy', 'redline')).toBe('/[...locale]/privacy/changes/[version]');
		expect(routePattern('legal/privacy', 'feed')).toBe('/[...locale]/legal/privacy/changes.xml');
	});

	it('a layout or component of the site is its file; a missing one names the option and where it looked', () => {
		const root = project();
		writeFileSync(join(root, 'Site.astro'), '---\n---\n<slot />');
		const rootUrl = pathToFileURL(`${root}/`);
		expect(layoutFile('./Site.astro', rootUrl)).toBe(join(root, 'Site.astro'));
		expect(layoutFile(undefined, rootUrl)).toMatch(/integration\/components\/DefaultLayout\.astro$/);
		expect(() => layoutFile('./Gone.astro', rootUrl)).toThrow(
			`The \`layout\` option of astroPrivacy() names ./Gone.astro, and there is no such file (looked for ${join(root, 'Gone.astro')}).`,
		);
		expect(componentFiles({ ContactBlock: './Site.astro' }, rootUrl)).toEqual({
			ContactBlock: join(root, 'Site.astro'),
			ClauseHeading: expect.stringMatching(/integration\/components\/ClauseHeading\.astro$/),
		});
		expect(() => componentFiles({ ClauseHeading: './Gone.astro' }, rootUrl)).toThrow('The `components.ClauseHeading` option');
	});
});

describe('the virtual modules', () => {
	const make = () =>
		virtualModules({ dev: false } as never, '/site/Layout.astro', { ContactBlock: '/site/Contact.astro' }) as unknown as {
			name: string;
			resolveId(id: string): string | undefined;
			load(id: string): string | undefined;
		};
	it('resolve only their own ids, to Rollup’s private form', () => {
		const plugin = make();
		expect(plugin.name).toBe('astro-privacy:virtual');
		expect(plugin.resolveId('virtual:astro-privacy/layout')).toBe('\0virtual:astro-privacy/layout');
		expect(plugin.resolveId('virtual:astro-privacy/components')).toBe('\0virtual:astro-privacy/components');
		expect(plugin.resolveId('virtual:astro-privacy/config')).toBe('\0virtual:astro-privacy/config');
		expect(plugin.resolveId('virtual:other')).toBeUndefined();
		expect(plugin.load('virtual:astro-privacy/config')).toBeUndefined();
		expect(plugin.load('\0virtual:other')).toBeUndefined();
	});
	it('hold the config as JSON, the layout and each replaced part', () => {
		const plugin = make();
		expect(plugin.load('\0virtual:astro-privacy/unknown')).toBeUndefined();
		expect(plugin.load('xvirtual:astro-privacy/config')).toBeUndefined();
		expect(plugin.load('\0virtual:astro-privacy/config')).toBe('export default {"dev":false};');
		expect(plugin.load('\0virtual:astro-privacy/layout')).toBe('export { default } from "/site/Layout.astro";');
		expect(plugin.load('\0virtual:astro-privacy/components')).toBe('export { default as ContactBlock } from "/site/Contact.astro";');
	});
});
