import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { Connect, ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledStrings } from '../../integration/i18n/strings.ts';
import { siteBase } from '../../integration/search/bundle.ts';
import { devSearchLoader, writeSearchScripts } from '../../integration/search/scripts.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'astro-privacy-scripts-'));
	dirs.push(dir);
	return dir;
}

/** Runs the loader as a page would, on one search box (its `data-*` in `dataset`), and tells what it did to the box. */
function runLoader(code: string, dataset: Record<string, string> = {}) {
	const status = { textContent: '' };
	const box = { hidden: true, dataset, addEventListener: vi.fn(), querySelector: vi.fn(() => status), status };
	runInNewContext(code, { document: { querySelectorAll: (selector: string) => (selector === '[data-policy-search]' ? [box] : []) } });
	return box;
}

/** The site's strings as the config resolves them: the bundled ones, and a site's own for one key. */
const strings = { nl: { ...bundledStrings.nl!, 'search.none': 'Niets <gevonden> "hier".' }, en: bundledStrings.en! };
const FILES = ['loader.js', 'search.js', 'strings'];

describe('siteBase', () => {
	it("ends Astro's base with one slash, whether it had one or not", () => {
		expect(siteBase('/docs')).toBe('/docs/');
		expect(siteBase('/docs/')).toBe('/docs/');
		expect(siteBase('/')).toBe('/');
	});
});

describe('writeSearchScripts', () => {
	it('writes the loader and the search code, compiled to plain minified JavaScript, under _astro-privacy/', async () => {
		const dir = tempDir();
		await writeSearchScripts(dir, strings);
		expect(readdirSync(join(dir, '_astro-privacy')).sort()).toEqual(FILES);

		const loader = readFileSync(join(dir, '_astro-privacy/loader.js'), 'utf8');
		// No comment, no indentation: minified. The types are gone, so it runs as it is.
		expect(loader).not.toContain('/**');
		expect(loader).not.toMatch(/\n\t/);
		const box = runLoader(loader);
		expect(box.hidden).toBe(false);
		expect(box.addEventListener).toHaveBeenCalledExactlyOnceWith('focusin', expect.any(Function), { once: true });
		// Without search code to load (astro dev), the first focus shows the box's own line saying so.
		const dev = runLoader(loader, { client: '', unavailable: 'Zoeken werkt op de gebouwde site.' });
		(dev.addEventListener.mock.calls[0]![1] as () => void)();
		expect(dev.status.textContent).toBe('Zoeken werkt op de gebouwde site.');

		const search = readFileSync(join(dir, '_astro-privacy/search.js'), 'utf8');
		expect(search).not.toContain('/**');
		expect(search).not.toMatch(/\n\t/);
		// The loader imports it by URL and calls startSearch.
		const module = (await import(/* @vite-ignore */ pathToFileURL(join(dir, '_astro-privacy/search.js')).href)) as Record<string, unknown>;
		expect(Object.keys(module)).toEqual(['startSearch']);
		expect(module.startSearch).toBeTypeOf('function');
	});

	it("writes the search UI's words per locale, the site's own strings included, with {count} and {date} left for the browser", async () => {
		const dir = tempDir();
		await writeSearchScripts(dir, strings);
		const words = (locale: string) => JSON.parse(readFileSync(join(dir, `_astro-privacy/strings/${locale}.json`), 'utf8'));
		expect(readdirSync(join(dir, '_astro-privacy/strings')).sort()).toEqual(['en.json', 'nl.json']);
		expect(words('nl')).toEqual({
			none: 'Niets <gevonden> "hier".',
			results: { one: '{count} resultaat', other: '{count} resultaten' },
			version: 'Versie van {date}',
			upcoming: 'Aangekondigde versie van {date}',
			dateLocale: 'nl-NL',
		});
		expect(words('en')).toMatchObject({ none: 'No results.', results: { one: '{count} result', other: '{count} results' }, dateLocale: 'en-GB' });
	});

	it('makes the folders it needs, also when the output folder is new', async () => {
		const dir = join(tempDir(), 'dist');
		await writeSearchScripts(dir, strings);
		expect(readdirSync(join(dir, '_astro-privacy')).sort()).toEqual(FILES);
	});
});

describe('devSearchLoader', () => {
	/** The plugin's middleware, as `astro dev` installs it. */
	function middleware(base: string) {
		const plugin = devSearchLoader(base);
		const use = vi.fn();
		(plugin.configureServer as (server: ViteDevServer) => void)({ middlewares: { use } } as unknown as ViteDevServer);
		expect(use).toHaveBeenCalledOnce();
		return use.mock.calls[0]![0] as Connect.NextHandleFunction;
	}
	async function request(base: string, url: string | undefined) {
		const res = { setHeader: vi.fn(), end: vi.fn() };
		const next = vi.fn();
		await middleware(base)({ url } as Connect.IncomingMessage, res as never, next);
		return { res, next };
	}

	it('is a plugin of the dev server only, named for the package', () => {
		const plugin = devSearchLoader('/');
		expect(plugin.name).toBe('astro-privacy:search-loader');
		expect(plugin.apply).toBe('serve');
	});

	it('serves the loader at the URL the pages name, query string or not, as the build writes it', async () => {
		const dir = tempDir();
		await writeSearchScripts(dir, strings);
		for (const url of ['/docs/_astro-privacy/loader.js', '/docs/_astro-privacy/loader.js?v=1']) {
			const { res, next } = await request('/docs/', url);
			expect(next).not.toHaveBeenCalled();
			expect(res.setHeader).toHaveBeenCalledExactlyOnceWith('Content-Type', 'text/javascript; charset=utf-8');
			expect(res.end).toHaveBeenCalledExactlyOnceWith(readFileSync(join(dir, '_astro-privacy/loader.js'), 'utf8'));
		}
	});

	it('passes every other request on', async () => {
		for (const url of ['/_astro-privacy/loader.js', '/docs/_astro-privacy/search.js', '/docs/_astro-privacy/loader.json', '/docs/', undefined]) {
			const { res, next } = await request('/docs/', url);
			expect(next).toHaveBeenCalledOnce();
			expect(res.end).not.toHaveBeenCalled();
			expect(res.setHeader).not.toHaveBeenCalled();
		}
	});
});
