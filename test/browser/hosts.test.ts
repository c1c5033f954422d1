import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyWithStatement } from '../build/fixture.ts';
import { launchBrowser, serve } from './site.ts';

// The host-site fixtures (see test/build/starlight.test.ts and blog.test.ts), served and opened in Chromium.
let browser: Browser;
const servers: Server[] = [];
const bases: Record<string, string> = {};

beforeAll(async () => {
	for (const name of ['starlight', 'blog']) {
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

describe('in the layouts of host sites', () => {
	for (const host of ['starlight', 'blog']) {
		it(`does not scroll sideways on a 320 px phone, in either language: ${host}`, async () => {
			for (const path of ['/privacy/', '/en/privacy/']) {
				const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
				await page.goto(`${bases[host]}${path}`);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
				await page.context().close();
			}
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`follows Starlight's ${colorScheme} theme and passes axe`, async () => {
			const page = await (await browser.newContext({ colorScheme })).newPage();
			await page.goto(`${bases.starlight}/privacy/`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
			const text = await page.locator('.policy > section p:not(.policy-date)').first().evaluate((p) => getComputedStyle(p).color);
			expect(text).toBe(colorScheme === 'dark' ? 'rgb(227, 232, 238)' : 'rgb(29, 35, 41)');
			const { violations } = await new AxeBuilder({ page }).include('.policy').analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.context().close();
		});
	}
});
