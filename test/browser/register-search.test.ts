import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, launchBrowser, serve, settledHits } from './site.ts';

// The demo's search, for a purpose's register facts: in the announced version of 1 May 2027, the server
// logs' retention and the invoices' legal obligation are in the register only, not in the clauses' text.
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

/** Each query's hits in the version of 1 May 2027, as "title: excerpt". */
async function hits(path: string, queries: string[]) {
	const page = await (await browser.newContext()).newPage();
	await page.goto(base + path);
	await page.getByRole('searchbox').focus();
	await expect.poll(() => page.locator('option[value="2027-05-01"]').count()).toBe(1);
	await page.getByRole('combobox').selectOption('2027-05-01');
	const found: Record<string, string[]> = {};
	// The previous query's hits stay listed until this one's arrive: a slow second search was read as the first one's.
	const results = settledHits(page);
	for (const query of queries) {
		await page.getByRole('searchbox').fill(query);
		await results.first().waitFor();
		found[query] = await results.evaluateAll((items) => items.map((li) => `${li.querySelector('a')!.textContent}: ${li.querySelector('p')!.textContent}`));
	}
	await page.context().close();
	return found;
}

describe('search in the register facts', () => {
	it('finds a purpose by the facts its text leaves out, with their labels, in Dutch', async () => {
		const nl = await hits('/privacy/', ['bewaartermijn', 'wettelijke verplichting']);
		expect(nl.bewaartermijn).toContainEqual(expect.stringMatching(/^Serverlogs en beveiliging: .*Bewaartermijn\. 6 weken/));
		expect(nl['wettelijke verplichting']).toContainEqual(
			expect.stringMatching(/^Bestellingen en facturatie: .*Wettelijke verplichting \(art\. 6 lid 1 sub c AVG; art\. 52 AWR\)/),
		);
	});

	it('and in English', async () => {
		const en = await hits('/en/privacy/', ['retention', 'legal obligation']);
		expect(en.retention).toContainEqual(expect.stringMatching(/^Server logs and security: .*Retention period\. 6 weeks/));
		expect(en['legal obligation']).toContainEqual(expect.stringMatching(/^Orders and invoicing: .*Legal obligation/));
	});
});
