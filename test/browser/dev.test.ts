import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../build/fixture.ts';
import { launchBrowser } from './site.ts';

const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = 4900 + (process.pid % 500);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let browser: Browser;
let root: string;
const draft = () => join(root, 'content/privacy/nl/intro/2031-01-01.mdx');

beforeAll(async () => {
	root = copyFixture('basic', (dir) => {
		const config = join(dir, 'astro.config.mjs');
		writeFileSync(config, readFileSync(config, 'utf8').replace('search: false', 'search: true'));
	});
	// `astro dev` as a user runs it: a process of its own, without vitest's environment.
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
	server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: { ...env, POLICY_BUILD_DATE: '2025-01-01' },
		stdio: 'ignore',
	});
	browser = await launchBrowser();
	for (let i = 0; i < 150; i++) {
		if (
			await fetch(`${base}/privacy/`).then(
				(r) => r.ok,
				() => false,
			)
		)
			break;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
});
afterAll(async () => {
	await browser?.close();
	server?.kill();
});

/** Reloads until the test passes: the loader reloads the content after a file event, and Vite may reload the page itself meanwhile. */
async function reloadUntil(page: Page, test: () => Promise<boolean>) {
	for (let i = 0; i < 60; i++) {
		if (await test().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
		await page.reload().catch(() => undefined);
		await page.waitForLoadState().catch(() => undefined);
	}
	throw new Error('the page never showed the change');
}

describe('astro dev in a browser', () => {
	it('shows a draft with its notice, and the search box says search works in the built site', async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/privacy/2031-01-01/`);
		await expect.poll(() => page.getByText('Concept: niet gepubliceerd. Concepten zijn alleen zichtbaar in astro dev.').isVisible()).toBe(true);
		// Vite reloads the page once soon after its first load: a focus before that reload goes with the page, so
		// the reader focuses the search box of the page shown until it says what it says.
		await expect
			.poll(async () => {
				await page.getByRole('searchbox').focus();
				return page.getByRole('status').first().textContent();
			})
			.toContain('astro build');
		await page.close();
	});

	it("shows an edited clause after a reload, and a content error in Astro's overlay", async () => {
		const page = await browser.newPage();
		await page.goto(`${base}/privacy/2031-01-01/`);
		const text = readFileSync(draft(), 'utf8');
		writeFileSync(draft(), text.replace(/\n\n[\s\S]*$/, '\n\nBewerkt in de editor.\n'));
		await reloadUntil(page, () => page.getByText('Bewerkt in de editor.').isVisible());
		// A draft clause in Dutch only: the overlay names the problem.
		rmSync(join(root, 'content/privacy/en/intro/2031-01-01.mdx'));
		await reloadUntil(page, async () => (await page.goto(`${base}/privacy/2031-01-01/`))?.status() === 500);
		await page.waitForSelector('vite-error-overlay', { state: 'attached' });
		const overlay = await page.locator('vite-error-overlay').evaluate((element) => element.shadowRoot?.textContent ?? '');
		// The overlay renders the message's Markdown: `intro` is code there.
		expect(overlay).toContain('version 2031-01-01 changes clause intro in nl only');
		expect(overlay).toContain('Write content/privacy/en/intro/2031-01-01.mdx as well');
		await page.close();
	});
});
