import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, launchBrowser, serve } from './site.ts';
import { wordBreaks } from './word-breaks.ts';

// The demo site, with search, as a reader's browser lays it out.
let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
	({ url: base, server } = await serve(await buildDemo()));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

// The current page, version pages (with a table in a clause, with the processing overview), a redline (a material change), the longest "since" redline and the history, of both statements.
const PAGES = [
	'/privacy/',
	'/privacy/2021-06-01/',
	'/privacy/2027-03-01/',
	'/privacy/2027-04-01/',
	'/privacy/changes/2027-01-01/',
	'/privacy/changes/since/2019-01-01/',
	'/privacy/changes/',
	'/cookies/',
	'/cookies/changes/2026-12-01/',
].flatMap((path) => [path, `/en${path}`]);

describe('the demo on a phone', () => {
	for (const width of [320, 390]) {
		it(`breaks no word without a hyphen, and nothing sticks out or scrolls sideways, at ${width} px`, async () => {
			const context = await browser.newContext({ viewport: { width, height: 800 } });
			const page = await context.newPage();
			for (const path of PAGES) {
				await page.goto(base + path);
				expect(await wordBreaks(page), `${path} at ${width} px`).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
			}
			await context.close();
		});
	}
});

describe('a table in a clause on a phone', () => {
	it('scrolls inside itself, and a keyboard reaches it to scroll it: axe finds nothing at 320 px', async () => {
		const page = await (await browser.newContext({ viewport: { width: 320, height: 800 } })).newPage();
		await page.goto(`${base}/privacy/2027-03-01/`);
		const table = page.locator('section:has(> header > h2#retention) table');
		expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
		expect(await table.getAttribute('tabindex')).toBe('0');
		const { violations } = await new AxeBuilder({ page }).include('.policy').analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.context().close();
	});
});

describe("the site's look", () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`takes the site's text colour in ${colorScheme} mode, with boxes tinted from it, dates muted and no background of its own`, async () => {
			const page = await (await browser.newContext({ colorScheme })).newPage();
			await page.goto(`${base}/privacy/`);
			const look = await page.evaluate(() => {
				const text = getComputedStyle(document.body).color;
				const probe = document.createElement('span');
				probe.style.backgroundColor = `color-mix(in srgb, ${text} 6%, transparent)`;
				probe.style.color = `color-mix(in srgb, ${text} 80%, transparent)`;
				document.body.append(probe);
				const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
				return {
					text,
					tint: getComputedStyle(probe).backgroundColor,
					muted: getComputedStyle(probe).color,
					title: style('.policy h1').color,
					background: style('.policy').backgroundColor,
					toc: style('.policy-toc').backgroundColor,
					// A clause's header: its date line, then its summary.
					date: style('section:has(> header > h2#retention) > header > p').color,
					dateLink: style('section:has(> header > h2#retention) > header > p > a').color,
					summary: style('section:has(> header > h2#retention) > header > p + p').backgroundColor,
				};
			});
			expect(look).toEqual({
				...look,
				title: look.text,
				background: 'rgba(0, 0, 0, 0)',
				toc: look.tint,
				date: look.muted,
				dateLink: look.muted,
				summary: look.tint,
			});
			await page.context().close();
		});
	}

	it("lets a site's own styles and the --policy-* properties win, wherever they come in the page, but not a bare h2 rule", async () => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${base}/privacy/`);
		// Before the package's stylesheet: without a cascade layer, the package's :root would win.
		await page.evaluate(() => {
			const style = document.createElement('style');
			style.textContent = ':root { --policy-surface: rgb(1, 2, 3); --policy-title-size: 40px; } .policy a { color: rgb(4, 5, 6); } h2 { font-size: 50px; }';
			document.head.prepend(style);
		});
		const style = (selector: string, property: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
		expect(await style('.policy-toc', 'background-color')).toBe('rgb(1, 2, 3)');
		expect(await style('.policy-bar > a', 'color')).toBe('rgb(4, 5, 6)');
		expect(await style('.policy h1', 'font-size')).toBe('40px');
		expect(parseFloat(await style('.policy > section h2', 'font-size'))).toBeLessThan(30);
		// A rule aimed at the statement's headings wins.
		await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: '.policy h2 { font-size: 12px; }' })));
		expect(await style('.policy > section h2', 'font-size')).toBe('12px');
		expect(await style('.policy-toc h2', 'font-size')).toBe('12px');
		await page.context().close();
	});
});

describe('the search box', () => {
	/** Where a label's own text starts: its first text node's top. */
	const textTop = (label: Locator) =>
		label.evaluate((el) => {
			const range = document.createRange();
			range.selectNodeContents([...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
			return range.getBoundingClientRect().top;
		});

	for (const path of ['/privacy/', '/en/privacy/']) {
		it(`has its two labels at one height, and a version list as wide after search loads as before: ${path}`, async () => {
			const page = await (await browser.newContext({ viewport: { width: 1000, height: 800 } })).newPage();
			await page.goto(base + path);
			const [search, version] = await page.locator('.policy-search label').all();
			expect(await textTop(search!)).toBeCloseTo(await textTop(version!), 0);
			const select = page.locator('.policy-search select');
			const before = await select.evaluate((el) => el.getBoundingClientRect().width);
			await page.getByRole('searchbox').focus();
			// Loading adds an option per earlier and upcoming version, with labels longer than "Current version".
			await expect.poll(() => select.locator('option').count()).toBeGreaterThan(4);
			expect(await select.evaluate((el) => el.getBoundingClientRect().width)).toBe(before);
			// And the longest of them fits the list's box.
			const widest = await select.evaluate((el: HTMLSelectElement) => {
				const probe = document.createElement('span');
				probe.style.cssText = 'position: absolute; white-space: pre; font: inherit';
				el.after(probe);
				const width = Math.max(...[...el.options].map((o) => ((probe.textContent = o.text), probe.getBoundingClientRect().width)));
				probe.remove();
				return width;
			});
			expect(widest).toBeLessThan(before - 32);
			await page.context().close();
		});
	}
});
