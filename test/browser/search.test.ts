import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, launchBrowser, serve } from './site.ts';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
	const dist = await buildDemo();
	({ url: base, server } = await serve(dist));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

async function open(path: string): Promise<{ page: Page; pagefindRequests: string[] }> {
	const page = await (await browser.newContext()).newPage();
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
	const first = page.locator('.policy-search-results li').first();
	await first.waitFor();
	return page.locator('.policy-search-results li');
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

	it('finds the Dutch retention clause first and lands on its anchor', async () => {
		const { page } = await open('/privacy/');
		const results = await search(page, 'bewaartermijnen');
		await expect.poll(() => results.first().locator('a').textContent()).toBe('Bewaartermijnen');
		await results.first().locator('a').click();
		await page.waitForURL(/\/privacy\/#retention$/);
		const heading = page.locator('h2#retention');
		expect(await heading.evaluate((h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
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
		expect(await first.locator('.policy-status').textContent()).toBe('Eerdere versie van 1 januari 2019');
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
		await page.locator('.policy-search-results li').first().waitFor();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.policy-search-results') !== null)).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/#complaint$/);
		await page.context().close();
	});
});

describe('accessibility', () => {
	for (const path of ['/privacy/', '/en/privacy/', '/privacy/2019-01-01/', '/privacy/changes/', '/en/privacy/changes/', '/privacy/changes/2021-06-01/', '/en/privacy/changes/2023-02-15/', '/privacy/changes/2027-03-01/', '/en/privacy/changes/since/2019-01-01/', '/cookies/']) {
		it(`axe finds no violations on ${path}`, async () => {
			const { page } = await open(path);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.context().close();
		});
	}

	it('keeps the page readable without JavaScript, without a dead search box', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}/privacy/`);
		expect(await page.locator('[data-policy-search]').isVisible()).toBe(false);
		expect(await page.locator('h2#retention').isVisible()).toBe(true);
		await context.close();
	});
});
