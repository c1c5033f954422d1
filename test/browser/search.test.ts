import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, launchBrowser, serve, settledHits } from './site.ts';

let browser: Browser;
let server: Server;
let base: string;
let dist: string;

beforeAll(async () => {
	dist = await buildDemo();
	({ url: base, server } = await serve(dist));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; pagefindRequests: string[] }> {
	const page = await (await browser.newContext(options)).newPage();
	const pagefindRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/_astro-privacy/pagefind/')) pagefindRequests.push(r.url());
	});
	await page.goto(base + path);
	return { page, pagefindRequests };
}

async function search(page: Page, query: string) {
	await page.getByRole('searchbox').focus();
	await page.keyboard.type(query);
	await settledHits(page).first().waitFor();
	return settledHits(page);
}

describe('clause search', () => {
	it('loads nothing of Pagefind before the search box is used', async () => {
		const { page, pagefindRequests } = await open('/privacy/');
		await page.waitForLoadState('networkidle');
		expect(pagefindRequests).toEqual([]);
		await page.getByRole('searchbox').focus();
		await page.waitForResponse((r) => r.url().includes('/_astro-privacy/pagefind/pagefind.js'));
		expect(pagefindRequests.length).toBeGreaterThan(0);
		await page.context().close();
	});

	it('fetches its words when the box is used, not with the page, and says search cannot load when they do not come', async () => {
		const page = await (await browser.newContext()).newPage();
		const words: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/_astro-privacy/strings/')) words.push(r.url());
		});
		await page.route('**/_astro-privacy/strings/nl.json', (route) => route.abort());
		await page.goto(`${base}/privacy/`);
		await page.waitForLoadState('networkidle');
		expect(words).toEqual([]);
		await page.getByRole('searchbox').focus();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Zoeken kon niet worden geladen. Laad de pagina opnieuw.');
		expect(words).toEqual([`${base}/_astro-privacy/strings/nl.json`]);
		await page.context().close();
	});

	it('finds the Dutch retention clause first and lands on its anchor', async () => {
		const { page } = await open('/privacy/');
		const results = await search(page, 'bewaartermijnen');
		await expect.poll(() => results.first().locator('a').textContent()).toBe('Bewaartermijnen');
		await results.first().locator('a').click();
		await page.waitForURL(/\/privacy\/#retention$/);
		const heading = page.locator('h2#retention');
		expect(
			await heading.evaluate((h) => {
				const r = h.getBoundingClientRect();
				return r.top >= 0 && r.top < window.innerHeight;
			}),
		).toBe(true);
		await page.context().close();
	});

	it('searches English clauses on the English page', async () => {
		const { page } = await open('/en/privacy/');
		const results = await search(page, 'retention');
		await expect.poll(() => results.first().locator('a').textContent()).toBe('Retention periods');
		expect(await results.first().locator('a').getAttribute('href')).toMatch(/^\/en\/privacy\/#retention$/);
		await page.context().close();
	});

	it('finds text that exists only in an earlier version through the version filter, labelled as such', async () => {
		const { page } = await open('/privacy/');
		await page.getByRole('searchbox').focus();
		await page.keyboard.type('Google');
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Geen resultaten.');
		await page.getByRole('combobox').selectOption('all');
		const first = page.locator('.policy-search-results li').first();
		await expect.poll(() => first.locator('a').textContent()).toBe('Websitestatistieken en cookies');
		expect(await first.locator('a').getAttribute('href')).toBe('/privacy/2019-01-01/#analytics');
		expect(await first.locator('.policy-status').textContent()).toBe('Versie van 1 januari 2019');
		await page.context().close();
	});

	it('offers every published version of this statement in the scope, newest first, once search loads', async () => {
		const { page } = await open('/en/privacy/');
		const options = page.getByRole('combobox').locator('option');
		expect(await options.allTextContents()).toEqual(['Current version', 'All versions']);
		await page.getByRole('searchbox').focus();
		await expect.poll(() => options.count()).toBeGreaterThan(2);
		// No draft (2027-06-01) and not the current version (2025-09-01) again.
		expect(await options.evaluateAll((list) => list.map((o) => `${(o as HTMLOptionElement).value}: ${o.textContent}`))).toEqual([
			'current: Current version',
			'2027-05-20: Upcoming version of 20 May 2027',
			'2027-05-15: Upcoming version of 15 May 2027',
			'2027-05-01: Upcoming version of 1 May 2027',
			'2027-04-01: Upcoming version of 1 April 2027',
			'2027-03-01: Upcoming version of 1 March 2027',
			'2027-01-01: Upcoming version of 1 January 2027',
			'2023-02-15: Version of 15 February 2023',
			'2021-06-01: Version of 1 June 2021',
			'2019-01-01: Version of 1 January 2019',
			'all: All versions',
		]);
		await page.context().close();
	});

	it('keeps upcoming text out of the current scope and finds it under its own version', async () => {
		const { page } = await open('/en/privacy/');
		await page.getByRole('searchbox').focus();
		await page.keyboard.type('adequacy');
		await expect.poll(() => page.getByRole('status').textContent()).toBe('No results.');
		await page.getByRole('combobox').selectOption('2027-01-01');
		const first = page.locator('.policy-search-results li').first();
		await expect.poll(() => first.locator('a').textContent()).toBe('Transfers outside the EEA');
		expect(await first.locator('.policy-status').textContent()).toBe('Upcoming version of 1 January 2027');
		await page.context().close();
	});

	it('works with the keyboard alone', async () => {
		const { page } = await open('/privacy/');
		for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('type'))) !== 'search'; i++) await page.keyboard.press('Tab');
		await page.keyboard.type('klacht');
		// Results of a few keys shown and replaced while the test tabs into them would take the focus away.
		await settledHits(page).first().waitFor();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.policy-search-results') !== null)).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/#complaint$/);
		await page.context().close();
	});
});

describe('search scope and ranking', () => {
	const titles = async (page: Page) => page.locator('.policy-search-results li > a').allTextContents();

	it('searches only the statement it is on', async () => {
		const { page } = await open('/privacy/');
		await page.getByRole('searchbox').focus();
		await page.keyboard.type('browser');
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Geen resultaten.');
		const cookies = await open('/cookies/');
		const results = await search(cookies.page, 'browser');
		expect((await results.first().locator('a').getAttribute('href'))!.startsWith('/cookies/')).toBe(true);
		await page.context().close();
		await cookies.page.context().close();
	});

	it('returns each distinct text once under "all versions", labelled with its versions, linking to the newest', async () => {
		const { page } = await open('/privacy/');
		await page.getByRole('combobox').selectOption('all');
		const results = await search(page, 'klacht');
		const title = 'Klacht bij de Autoriteit Persoonsgegevens';
		await expect.poll(() => titles(page)).toContain(title);
		expect((await titles(page)).filter((t) => t === title)).toHaveLength(1);
		const complaint = results.filter({ has: page.getByRole('link', { name: title }) });
		expect(await complaint.locator('a').getAttribute('href')).toBe('/privacy/#complaint');
		// The text is in force from the first version to the newest announced one.
		expect(await complaint.locator('.policy-status').textContent()).toBe('Versies van 1 januari 2019 tot en met 1 maart 2027');
		await page.context().close();
	});

	it("ranks an exact phrase first, by Pagefind's own ranking", async () => {
		const { page } = await open('/privacy/');
		await search(page, 'Autoriteit Persoonsgegevens');
		await expect.poll(async () => (await titles(page))[0]).toBe('Klacht bij de Autoriteit Persoonsgegevens');
		await page.context().close();
	});

	it('searches once for the keys typed while a search ran, with the words typed by then', async () => {
		const { page } = await open('/privacy/');
		// Pagefind behind a module that counts the searches made of it and holds the first query's until released.
		await page.route('**/counted/pagefind.js', (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: `import * as pagefind from '/_astro-privacy/pagefind/pagefind.js';
export const { options, init, filters } = pagefind;
const held = new Promise((resolve) => (window.release = resolve));
export const search = async (...args) => {
	window.searches = [...(window.searches ?? []), args[0]];
	if (args[0] !== null) await held;
	return pagefind.search(...args);
};`,
			}),
		);
		await page.locator('[data-policy-search]').evaluate((root: HTMLElement) => (root.dataset.bundle = '/counted/'));
		await page.getByRole('searchbox').focus();
		// Search is ready once it has put the earlier versions in the scope.
		await expect.poll(() => page.locator('select[name="version"] option').count()).toBeGreaterThan(2);
		// Every key of a word in one go, as a fast typist's keys arrive while the first search runs.
		await page.getByRole('searchbox').evaluate((input: HTMLInputElement) => {
			for (let n = 1; n <= 'bewaartermijnen'.length; n++) {
				input.value = 'bewaartermijnen'.slice(0, n);
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}
		});
		// Busy while a search runs, so that the results of a few keys are not taken for the word's.
		const list = page.locator('.policy-search-results');
		expect(await list.getAttribute('aria-busy')).toBe('true');
		await page.evaluate(() => (window as unknown as { release: () => void }).release());
		await expect.poll(async () => (await titles(page))[0]).toBe('Bewaartermijnen');
		await expect.poll(() => list.getAttribute('aria-busy')).toBeNull();
		// The versions of the scope, the first key, and the whole word: not a search per key.
		expect(await page.evaluate(() => (window as unknown as { searches: unknown[] }).searches)).toEqual([null, 'b', 'bewaartermijnen']);
		await page.context().close();
	});

	it('fetches little for a first query', async () => {
		const { page } = await open('/privacy/');
		const bytes: Promise<number>[] = [];
		page.on('response', (r) => {
			if (r.url().includes('/_astro-privacy/pagefind/')) bytes.push(r.body().then((body) => body.length));
		});
		await page.getByRole('searchbox').focus();
		await page.waitForResponse((r) => r.url().includes('.pf_meta'));
		await page.keyboard.type('registrar', { delay: 0 });
		await page.locator('.policy-search-results li').first().waitFor();
		// How soon the results show is timed by `npm run bench`, not asserted: a time proves nothing on a test machine.
		expect((await Promise.all(bytes)).reduce((a, b) => a + b, 0)).toBeLessThan(200 * 1024);
		await page.context().close();
	});
});

describe('the index', () => {
	it('holds each distinct text once, with statement and version filters, and no draft', async () => {
		const { page } = await open('/privacy/2019-01-01/');
		const clauses = await page.locator('article.policy > section').count();
		const index = (await page.evaluate(`(async () => {
			const pf = await import('/_astro-privacy/pagefind/pagefind.js');
			await pf.options({ baseUrl: '/' });
			const filters = await pf.filters();
			const all = await pf.search(null, { filters: { statement: 'privacy' } });
			const v2019 = await pf.search(null, { filters: { statement: 'privacy', version: '2019-01-01' } });
			const urls = await Promise.all(all.results.map(async (r) => (await r.data()).url));
			return { filters, all: all.results.length, v2019: v2019.results.length, urls };
		})()`)) as { filters: Record<string, Record<string, number>>; all: number; v2019: number; urls: string[] };
		expect(index.v2019).toBe(clauses);
		expect(index.all).toBe(index.filters.statement!.privacy);
		expect(new Set(index.urls).size).toBe(index.urls.length);
		expect(Object.keys(index.filters.version!)).toContain('2027-03-01');
		expect(Object.keys(index.filters.version!)).not.toContain('2027-06-01');
		await page.context().close();
	});
});

describe('a Pagefind index of the host site', () => {
	it("holds no policy text and none of this package's filters", async () => {
		const dist = await buildDemo();
		// What Starlight does: its own pages carry data-pagefind-body, and it indexes the whole site.
		mkdirSync(join(dist, 'host'), { recursive: true });
		writeFileSync(
			join(dist, 'host/index.html'),
			'<!DOCTYPE html><html lang="nl"><head><title>Host</title></head><body><main data-pagefind-body><h1>Hostpagina</h1><p>Over ons bedrijf.</p></main></body></html>',
		);
		const { index } = await pagefind.createIndex({});
		await index!.addDirectory({ path: dist });
		await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
		await pagefind.close();
		const { page } = await open('/privacy/');
		// A string, so the test runner does not rewrite the browser's import().
		const found = await page.evaluate(`(async () => {
			const host = await import('/pagefind/pagefind.js');
			const count = async (q) => (await host.search(q)).results.length;
			return { policy: await count('Persoonsgegevens'), host: await count('bedrijf'), filters: Object.keys(await host.filters()) };
		})()`);
		expect(found).toEqual({ policy: 0, host: 1, filters: [] });
		await page.context().close();
	});
});

describe('accessibility', () => {
	const pages = [
		'/privacy/',
		'/en/privacy/',
		'/privacy/2019-01-01/',
		'/en/privacy/2027-03-01/',
		'/privacy/changes/',
		'/en/privacy/changes/',
		'/privacy/changes/2021-06-01/',
		'/en/privacy/changes/2023-02-15/',
		'/privacy/changes/2027-03-01/',
		'/en/privacy/changes/since/2019-01-01/',
		'/cookies/',
		'/privacy/2027-04-01/',
		'/en/privacy/changes/2027-04-01/',
		'/en/cookies/2026-12-01/',
	];
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const path of pages) {
			it(`axe finds no violations on ${path} in ${colorScheme} mode`, async () => {
				const { page } = await open(path, { colorScheme });
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
				await page.context().close();
			});
		}
	}

	for (const path of [
		'/privacy/',
		'/en/privacy/',
		'/en/privacy/2027-03-01/',
		'/privacy/2027-04-01/',
		'/en/privacy/2027-04-01/',
		'/en/privacy/changes/2027-03-01/',
		'/en/privacy/changes/since/2019-01-01/',
		'/en/privacy/changes/',
		'/cookies/',
	]) {
		it(`does not scroll sideways on a 320 px phone: ${path}`, async () => {
			const { page } = await open(path, { viewport: { width: 320, height: 640 } });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await page.context().close();
		});
	}

	it('html-validate finds no errors on any page of the demo', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(40);
		const errors: string[] = [];
		for (const file of pages) {
			const report = await validator.validateString(readFileSync(join(file.parentPath, file.name), 'utf8'));
			errors.push(
				...report.results.flatMap((r) =>
					r.messages.filter((m) => m.severity === 2).map((m) => `${join(file.parentPath, file.name).slice(dist.length)}: ${m.ruleId}: ${m.message}`),
				),
			);
		}
		expect(errors).toEqual([]);
	});

	it("reads each clause's last-modified date once, after its heading and not as part of its name", async () => {
		const { page } = await open('/privacy/');
		const section = page.locator('section:has(> header > h2#retention)');
		expect(await page.getByRole('heading', { name: 'Bewaartermijnen', exact: true }).count()).toBe(1);
		const tree = await section.ariaSnapshot();
		// As the build date has it: the retention text last changed on 15 February 2023.
		expect(tree).toContain('- heading "Bewaartermijnen" [level=2]');
		// One link names the date; the heading's name does not hold it.
		expect(tree.match(/- link "[^"]*15 februari 2023[^"]*"/g)).toEqual(['- link "Laatst gewijzigd 15 februari 2023"']);
		expect(tree.match(/- heading "[^"]*"/g)).toEqual(['- heading "Bewaartermijnen"']);
		await page.context().close();
	});

	it('keeps the page readable without JavaScript, without a dead search box', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/privacy/`);
		expect(await page.locator('[data-policy-search]').isVisible()).toBe(false);
		expect(await page.locator('h2#retention').isVisible()).toBe(true);
		await context.close();
	});
});
