import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyWithStatement } from '../build/fixture.ts';
import { launchBrowser, serve } from './site.ts';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
	const site = await buildSite(copyWithStatement('starlight'), '2025-01-01');
	({ url: base, server } = await serve(site.dist));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

describe("the statement in Starlight's look", () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`follows Starlight's ${colorScheme} theme and passes axe`, async () => {
			const page = await (await browser.newContext({ colorScheme })).newPage();
			await page.goto(`${base}/privacy/`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
			const text = await page.locator('.policy > section p').first().evaluate((p) => getComputedStyle(p).color);
			expect(text).toBe(colorScheme === 'dark' ? 'rgb(227, 232, 238)' : 'rgb(29, 35, 41)');
			const { violations } = await new AxeBuilder({ page }).include('.policy').analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.context().close();
		});
	}
});
