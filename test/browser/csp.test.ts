import type { Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../build/fixture.ts';
import { launchBrowser, serve } from './site.ts';

let browser: Browser;
const servers: Server[] = [];
let metaPolicy: string;
let headerPolicy: string;
/** The strictest policy Pagefind allows: nothing inline, WebAssembly compiled from the site's own files. */
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

beforeAll(async () => {
	// The basic fixture with search, under Astro's content security policy: hashes for its own scripts, nothing inline else.
	const site = await buildFixture('basic', {
		buildDate: '2025-01-01',
		edit: (root) => {
			const config = join(root, 'astro.config.mjs');
			writeFileSync(
				config,
				readFileSync(config, 'utf8')
					.replace("site: 'https://fixture.example',", "site: 'https://fixture.example',\n\tsecurity: { csp: true },")
					.replace('search: false,', 'search: true,'),
			);
		},
	});
	const meta = await serve(site.dist);
	const header = await serve(site.dist, { 'Content-Security-Policy': STRICT });
	servers.push(meta.server, header.server);
	[metaPolicy, headerPolicy] = [meta.url, header.url];
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	for (const server of servers) server.close();
});

describe('under a content security policy', () => {
	for (const [name, base] of [
		["Astro's, in a meta element", () => metaPolicy],
		[`a strict header (${STRICT})`, () => headerPolicy],
	] as const) {
		it(`searches, with nothing the policy refuses: ${name}`, async () => {
			const page = await (await browser.newContext()).newPage();
			const refused: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
			});
			await page.goto(`${base()}/privacy/`);
			await page.getByRole('searchbox').focus();
			await page.keyboard.type('facturen');
			await expect.poll(() => page.locator('.policy-search-results li').count()).toBeGreaterThan(0);
			expect(refused).toEqual([]);
			await page.context().close();
		});
	}
});
