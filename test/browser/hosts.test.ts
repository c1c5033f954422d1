import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyWithStatement } from '../build/fixture.ts';
import { launchBrowser, serve } from './site.ts';
import { wordBreaks } from './word-breaks.ts';

// The host-site fixtures (see test/build/starlight.test.ts and blog.test.ts, and the business site's own
// layout with i18n routing and a theme switch), served and opened in Chromium.
const HOSTS = ['starlight', 'blog', 'business'];
let browser: Browser;
const servers: Server[] = [];
const bases: Record<string, string> = {};

beforeAll(async () => {
	for (const name of HOSTS) {
		const site = await buildSite(copyWithStatement(name), '2025-01-01');
		const { url, server } = await serve(site.dist);
		bases[name] = url;
		servers.push(server);
	}
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	for (const server of servers) server.close();
});

async function open(host: string, path: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext(options)).newPage();
	await page.goto(`${bases[host]}${path}`);
	return page;
}

/** The bottom of an element's first character: the same for two texts of one size on one baseline. */
const firstLineBottom = (locator: Locator) =>
	locator.evaluate((el) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		let text = walker.nextNode() as Text;
		while (!text.data.trim()) text = walker.nextNode() as Text;
		const range = document.createRange();
		const start = text.data.search(/\S/);
		range.setStart(text, start);
		range.setEnd(text, start + 1);
		return range.getBoundingClientRect().bottom;
	});

async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).include('.policy').analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Every page kind in both languages: the basic fixture's current version is 2022-01-01 on this build date.
const PAGES = ['/privacy/', '/privacy/2020-01-01/', '/privacy/changes/2022-01-01/', '/privacy/changes/'].flatMap((path) => [path, `/en${path}`]);

describe('in the layouts of host sites', () => {
	for (const host of HOSTS) {
		it(`does not scroll sideways on a 320 px phone, in either language: ${host}`, async () => {
			for (const path of ['/privacy/', '/en/privacy/']) {
				const page = await open(host, path, { viewport: { width: 320, height: 640 } });
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
				await page.context().close();
			}
		});

		it(`breaks no word without a hyphen at 320 and 390 px: ${host}`, async () => {
			for (const width of [320, 390]) {
				const context = await browser.newContext({ viewport: { width, height: 800 } });
				const page = await context.newPage();
				for (const path of PAGES) {
					await page.goto(`${bases[host]}${path}`);
					expect(await wordBreaks(page), `${path} at ${width} px`).toEqual([]);
				}
				await context.close();
			}
		});

		it(`puts the language switch's current label and the other language's link on one baseline: ${host}`, async () => {
			const page = await open(host, '/privacy/');
			const nav = page.locator('.policy-bar nav');
			expect(await firstLineBottom(nav.locator('[aria-current="page"]'))).toBeCloseTo(await firstLineBottom(nav.locator('a')), 0);
			await page.context().close();
		});

		it(`puts each contact label on the baseline of its value: ${host}`, async () => {
			const page = await open(host, '/privacy/', { viewport: { width: 1280, height: 800 } });
			const labels = page.locator('.policy-contact dt');
			expect(await labels.count()).toBeGreaterThan(3);
			for (const label of await labels.all()) {
				expect(await firstLineBottom(label), (await label.textContent()) ?? '').toBeCloseTo(
					await firstLineBottom(label.locator('xpath=following-sibling::dd[1]')),
					0,
				);
			}
			await page.context().close();
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`takes Starlight's ${colorScheme} text and link colours and passes axe`, async () => {
			const page = await open('starlight', '/privacy/', { colorScheme });
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
			// Starlight's own colours, resolved in the page: its body text and its content links.
			const starlight = await page.evaluate(() => {
				const probe = document.createElement('span');
				probe.style.color = 'var(--sl-color-text-accent)';
				document.querySelector('.sl-markdown-content')!.append(probe);
				return { text: getComputedStyle(document.body).color, link: getComputedStyle(probe).color };
			});
			expect(
				await page
					.locator('.policy > section > p')
					.first()
					.evaluate((p) => getComputedStyle(p).color),
			).toBe(starlight.text);
			expect(
				await page
					.locator('.policy-toc a')
					.first()
					.evaluate((a) => getComputedStyle(a).color),
			).toBe(starlight.link);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
});

describe("in a business site's own look, light and dark", () => {
	const looks = {
		light: { background: 'rgb(248, 241, 225)', text: 'rgb(74, 50, 34)' },
		dark: { background: 'rgb(43, 32, 25)', text: 'rgb(239, 226, 205)' },
	};
	/** The statement's font, its text colour, and the colour behind it (its own background is transparent). */
	const look = (page: Page) =>
		page
			.locator('.policy > section > p')
			.first()
			.evaluate((p) => {
				let el: Element | null = p;
				while (el && getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)') el = el.parentElement;
				return {
					font: getComputedStyle(p).fontFamily,
					text: getComputedStyle(p).color,
					background: el && getComputedStyle(el).backgroundColor,
					site: getComputedStyle(document.body).fontFamily,
				};
			});

	it("has the site's serif, brown on cream, then its dark theme after the toggle, and passes axe in both", async () => {
		const page = await open('business', '/privacy/', { colorScheme: 'light' });
		for (const theme of ['light', 'dark'] as const) {
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			const { font, site, text, background } = await look(page);
			expect(font).toBe(site);
			expect(font).toContain('serif');
			expect({ text, background }).toEqual(looks[theme]);
			expect(await axeViolations(page)).toEqual([]);
			if (theme === 'light') await page.getByRole('button', { name: 'Donker thema' }).click();
		}
		await page.context().close();
	});

	it("sizes its headings by the statement's scale, not by the site's h1 and h2 rules", async () => {
		const page = await open('business', '/privacy/');
		const size = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		const [title, section, text] = [await size('.policy h1'), await size('.policy > section h2'), await size('.policy > section > p')];
		expect(section).toBeLessThan(title * 0.75);
		expect(section).toBeGreaterThan(text * 1.2);
		for (const box of ['.policy-toc h2', '.policy-contact h2']) {
			expect(await size(box), box).toBeGreaterThan(text);
			expect(await size(box), box).toBeLessThanOrEqual(text * 1.2);
		}
		await page.context().close();
	});
});

describe("in the styles of Astro's blog example", () => {
	it('sizes "Contents", "Contact details" and "Summary of the changes" below the title, though its h2 is 2.441em', async () => {
		for (const path of ['/en/privacy/', '/en/privacy/changes/2022-01-01/']) {
			const page = await open('blog', path);
			const sizes = await page.evaluate(() =>
				Object.fromEntries(
					['.policy h1', '.policy-toc h2', '.policy-contact h2', '.policy-redline-summary h2', '.policy p:not(.policy-meta)'].map((s) => [
						s,
						document.querySelector(s) && parseFloat(getComputedStyle(document.querySelector(s)!).fontSize),
					]),
				),
			);
			const text = sizes['.policy p:not(.policy-meta)']!;
			for (const box of ['.policy-toc h2', '.policy-contact h2', '.policy-redline-summary h2'].filter((s) => sizes[s] !== null)) {
				expect(sizes[box], `${path} ${box}`).toBeLessThanOrEqual(text * 1.2);
				expect(sizes[box], `${path} ${box}`).toBeLessThan(sizes['.policy h1']! * 0.6);
			}
			await page.context().close();
		}
	});
});
